#!/usr/bin/env -S GLIBC_TUNABLES=glibc.malloc.hugetlb=1 node --no-concurrent-recompilation
// glibc's malloc asks for transparent huge pages (madvise) for its large blocks, which hold the
// evidence engine's columns: a 1,000,000-cell run then takes about 31,000 page faults instead of
// 60,000, and 20,000,000 cells 24,000 instead of 370,000 (each first touch of a 4 KiB page costs
// several microseconds on virtual machines). Elsewhere than glibc on Linux the variable is ignored.
// V8 optimises hot functions on the thread that runs them rather than on background threads: the
// engine's computing threads already keep the cores busy, and the background compiler competing
// with them cost more than it saved (1,000,000 cells: 1.39 → 1.33 s, 2.29 → 2.12 s of CPU, medians
// of 12 alternating runs on two cores).
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
