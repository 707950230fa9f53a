// Start-up time of the `convivio` command: median wall time of `convivio --help`,
// `convivio indicators --help` and `convivio assign --help` over repeated runs, each a
// fresh process (node_modules/.bin/convivio, what `npx convivio` runs), next to a bare
// `node -e 0` for the floor and one `npx convivio --help` row for npx's own overhead.
// BENCH_QUICK=1: fewer runs. Results: bench/results/cli-start.{json,md}.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { machineInfo, percentile } from './lib/machine.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = QUICK ? 5 : 21;
const WARM_UP = 2;
const TARGET_MS = 300;
const BIN = 'node_modules/.bin/convivio';

interface CaseSpec {
  name: string;
  command: string;
  args: string[];
  expect: RegExp;
  target: boolean;
  runs?: number;
}

const CASES: CaseSpec[] = [
  { name: 'node -e 0 (floor)', command: process.execPath, args: ['-e', '0'], expect: /^$/, target: false },
  { name: 'convivio --help', command: BIN, args: ['--help'], expect: /convivio user create/, target: true },
  { name: 'convivio indicators --help', command: BIN, args: ['indicators', '--help'], expect: /--input/, target: true },
  { name: 'convivio assign --help', command: BIN, args: ['assign', '--help'], expect: /--input/, target: true },
  {
    name: 'npx convivio --help',
    command: 'npx',
    args: ['convivio', '--help'],
    expect: /convivio user create/,
    target: false,
    runs: QUICK ? 3 : 7,
  },
];

/** One fresh process; its wall time in milliseconds. Fails the benchmark when the command fails. */
function timeOnce(spec: CaseSpec): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(spec.command, spec.args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const output = `${r.stdout}${r.stderr}`;
  if (r.status !== 0 || !spec.expect.test(output)) {
    throw new Error(`${spec.name} failed (exit ${r.status}): ${output.slice(0, 500)}`);
  }
  return ms;
}

// The command runs the compiled JavaScript: build it first (quick when up to date).
if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0)
  throw new Error('the build failed');

const round = (v: number) => Number(v.toFixed(1));
const cases = CASES.map((spec) => {
  for (let i = 0; i < WARM_UP; i++) timeOnce(spec);
  const timesMs = Array.from({ length: spec.runs ?? RUNS }, () => round(timeOnce(spec)));
  const medianMs = percentile(timesMs, 50);
  const entry = {
    case: spec.name,
    runs: timesMs.length,
    timesMs,
    medianMs,
    p90Ms: percentile(timesMs, 90),
    targetMs: spec.target ? TARGET_MS : null,
    meetsTarget: spec.target ? medianMs < TARGET_MS : null,
  };
  console.log(`${spec.name}: median ${medianMs} ms over ${timesMs.length} runs`);
  return entry;
});

// On a loaded machine node's own start-up dominates: the time over the floor is what the command adds.
const floorMs = cases[0].medianMs;
for (const c of cases.slice(1)) Object.assign(c, { overFloorMs: round(c.medianMs - floorMs) });

const loadAverage = os.loadavg().map((v) => Number(v.toFixed(2)));
const report = { benchmark: 'cli-start', quick: QUICK, machine: { ...machineInfo(), loadAverage }, cases };
fs.mkdirSync('bench/results', { recursive: true });
fs.writeFileSync('bench/results/cli-start.json', `${JSON.stringify(report, null, 2)}\n`);

const m = report.machine;
const rows = cases.map(
  (c) =>
    `| ${c.case} | ${c.runs} | ${c.medianMs} | ${c.p90Ms} | ${'overFloorMs' in c ? String(c.overFloorMs) : '—'} | ${c.targetMs ?? '—'} | ${c.meetsTarget === null ? '—' : c.meetsTarget ? 'yes' : 'NO'} |`,
);
const md = `# Command start-up benchmark

Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}, ${m.date}${QUICK ? ' (quick run)' : ''}; load average at the end ${m.loadAverage.join(' / ')} (other work shared the machine when it is above the core count)

Each run is a fresh process started from the repository root; wall time from spawn to exit, after ${WARM_UP} warm-up runs. \`convivio\` is \`${BIN}\` (the compiled command in packages/server/dist, what \`npx convivio\` runs); the \`npx\` row adds npm's own start-up.

| command | runs | median (ms) | p90 (ms) | median over node -e 0 (ms) | target (ms) | met |
|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
fs.writeFileSync('bench/results/cli-start.md', md);
console.log(md);
if (cases.some((c) => c.meetsTarget === false)) process.exitCode = 1;
