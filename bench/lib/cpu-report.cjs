// Preloaded (node --require) into the processes a start-up benchmark times: when the process
// exits, appends its own CPU time (user + system, milliseconds) to the file CPU_REPORT_FILE names.
'use strict';
const file = process.env.CPU_REPORT_FILE;
if (file)
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    process.getBuiltinModule('node:fs').appendFileSync(file, `${(user + system) / 1000}\n`);
  });
