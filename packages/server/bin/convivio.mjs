#!/usr/bin/env node
// The `convivio` command: runs the compiled JavaScript in ../dist. Before a command that works
// on data, the build is brought up to date: a cheap check of the last build's stamp against the
// sources (scripts/build-check.mjs), and only when something changed scripts/build.mjs (tsc -b,
// only what changed). Asking for help only needs a build to exist, so it starts at once.
import fs from 'node:fs';

const args = process.argv.slice(2);
const main = new URL('../dist/cli/main.js', import.meta.url);
const helpOnly = args.length === 0 || args.includes('--help') || args.includes('-h') || args[0] === 'help';
if (!helpOnly || !fs.existsSync(main)) {
  const { buildIsCurrent } = await import('../../../scripts/build-check.mjs');
  const { bundleIsStale } = await import('../../../scripts/bundle.mjs');
  if (!fs.existsSync(main) || bundleIsStale() || !buildIsCurrent()) {
    const { ensureBuilt } = await import('../../../scripts/build.mjs');
    try {
      ensureBuilt({ quiet: true });
    } catch (err) {
      process.stderr.write(`convivio: ${err.message}\n`);
      process.exit(1);
    }
  }
}
const { runCli } = await import(main.href);
process.exitCode = await runCli(args);
