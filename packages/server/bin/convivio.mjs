#!/usr/bin/env node
// The `convivio` command: runs the compiled JavaScript in ../dist. Before a command that works
// on data, the build is brought up to date (scripts/build.mjs: tsc -b, only what changed);
// asking for help only needs a build to exist, so it starts at once.
import fs from 'node:fs';

const args = process.argv.slice(2);
const main = new URL('../dist/cli/main.js', import.meta.url);
const helpOnly = args.length === 0 || args.includes('--help') || args.includes('-h') || args[0] === 'help';
if (!helpOnly || !fs.existsSync(main)) {
  const { ensureBuilt } = await import('../../../scripts/build.mjs');
  try {
    ensureBuilt({ quiet: true });
  } catch (err) {
    process.stderr.write(`convivio: ${err.message}\n`);
    process.exit(1);
  }
}
const { runCli } = await import(main.href);
process.exitCode = await runCli(args);
