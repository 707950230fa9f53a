// Runs every benchmark in bench/*.bench.ts in turn; each writes its results under bench/results/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const only = process.argv[2];
const files = fs
  .readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n=== bench/${f} ===`);
  const r = spawnSync(
    process.execPath,
    ['--conditions=convivio-source', '--import', 'tsx', '--expose-gc', `bench/${f}`],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
