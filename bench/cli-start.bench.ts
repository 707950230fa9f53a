// Start-up time of the `convivio` command: median wall and CPU time of `convivio --help`,
// `convivio indicators --help`, `convivio assign --help`, two data commands (`indicators` with a
// wrong option: the build check, the dispatch and the parsing, nothing else; `indicators` on a
// small grid) and one database command (`user create` for an e-mail already taken, on an embedded
// database made before the runs: opening it, the start-up's checks, the password's hash) over repeated runs, each a fresh process (node_modules/.bin/convivio, what
// `npx convivio` runs), next to a bare `node -e 0` for the floor and an `npx convivio --help` row
// for npx's own overhead. The commands take turns, one run of each per round, so a busy moment of
// the shared machine falls on all of them alike. CPU time is each node process's own (user +
// system), reported by lib/cpu-report.cjs as it exits; under npx it adds npm's and the command's.
// BENCH_QUICK=1: fewer runs. Results: bench/results/cli-start.{json,md}.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineInfo, percentile } from './lib/machine.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = QUICK ? 5 : 21;
const WARM_UP = 2;
const TARGET_MS = 300;
const BIN = 'node_modules/.bin/convivio';
const GRID = 'packages/indicators/src/testing/reference/grid_small_40x30.csv';
const CPU_REPORTER = fileURLToPath(new URL('./lib/cpu-report.cjs', import.meta.url));
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-start-'));
const CPU_FILE = path.join(TMP, 'cpu.txt');
/** The embedded database the database command runs on, made (migrated, seeded, one account) before the runs. */
const DATA_DIR = path.join(TMP, 'data');
const PASSWORD = 'a-long-enough-password\n';

interface CaseSpec {
  name: string;
  command: string;
  args: string[];
  expect: RegExp;
  target: boolean;
  /** Fewer runs than the others (the first rounds only). */
  runs?: number;
  /** The exit status expected; 0 unless said. */
  status?: number;
  /** Environment variables of its own, and what it reads on standard input. */
  env?: Record<string, string>;
  input?: string;
}

const TAKEN = ['user', 'create', '--role', 'reader', '--email', 'taken@example.org'];

const CASES: CaseSpec[] = [
  { name: 'node -e 0 (floor)', command: process.execPath, args: ['-e', '0'], expect: /^$/, target: false },
  { name: 'convivio --help', command: BIN, args: ['--help'], expect: /convivio user create/, target: true },
  { name: 'convivio indicators --help', command: BIN, args: ['indicators', '--help'], expect: /--input/, target: true },
  { name: 'convivio assign --help', command: BIN, args: ['assign', '--help'], expect: /--input/, target: true },
  {
    name: 'convivio indicators, wrong option',
    command: BIN,
    args: ['indicators', '--frobnicate'],
    expect: /unknown option --frobnicate/,
    target: false,
    status: 2,
  },
  {
    name: 'convivio indicators, 40×30 grid',
    command: BIN,
    args: [
      'indicators',
      ...['--input', GRID, '--x', 'x', '--y', 'y', '--cell-size', '100', '--groups', 'grpA,grpB,grpC,grpD'],
      ...['--total', 'total', '--output', path.join(TMP, 'indicators.json')],
    ],
    expect: /^/,
    target: false,
  },
  {
    name: 'convivio user create, e-mail taken, existing database',
    command: BIN,
    args: TAKEN,
    expect: /An account for taken@example\.org already exists/,
    target: false,
    status: 1,
    env: { DATA_DIR },
    input: PASSWORD,
  },
  {
    name: 'npx convivio --help',
    command: 'npx',
    args: ['convivio', '--help'],
    expect: /convivio user create/,
    target: false,
    runs: QUICK ? 3 : 7,
  },
];

/** One fresh process: its wall and CPU time in milliseconds. Fails the benchmark when the command fails. */
function timeOnce(spec: CaseSpec): { wallMs: number; cpuMs: number } {
  fs.writeFileSync(CPU_FILE, '');
  const env = { ...process.env, ...spec.env, CPU_REPORT_FILE: CPU_FILE, NODE_OPTIONS: `--require=${CPU_REPORTER}` };
  const start = process.hrtime.bigint();
  const r = spawnSync(spec.command, spec.args, { encoding: 'utf8', env, input: spec.input ?? '' });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const output = `${r.stdout}${r.stderr}`;
  if (r.status !== (spec.status ?? 0) || !spec.expect.test(output)) {
    throw new Error(`${spec.name} failed (exit ${r.status}): ${output.slice(0, 500)}`);
  }
  const reports = fs.readFileSync(CPU_FILE, 'utf8').split('\n').filter(Boolean).map(Number);
  if (reports.length === 0) throw new Error(`${spec.name}: no CPU time reported`);
  return { wallMs, cpuMs: reports.reduce((a, b) => a + b, 0) };
}

// The command runs the compiled JavaScript: build it first (quick when up to date).
if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0)
  throw new Error('the build failed');

// The database the database command finds: its first start (migrations, the bundled data set) and the account.
const made = spawnSync(BIN, TAKEN, { encoding: 'utf8', env: { ...process.env, DATA_DIR }, input: PASSWORD });
if (made.status !== 0) throw new Error(`making the database failed: ${made.stdout}${made.stderr}`);

const round = (v: number) => Number(v.toFixed(1));
for (let i = 0; i < WARM_UP; i++) for (const spec of CASES) timeOnce(spec);
const samples = CASES.map((spec) => ({ spec, wall: [] as number[], cpu: [] as number[] }));
for (let run = 0; run < RUNS; run++)
  for (const { spec, wall, cpu } of samples) {
    if (run >= (spec.runs ?? RUNS)) continue;
    const t = timeOnce(spec);
    wall.push(round(t.wallMs));
    cpu.push(round(t.cpuMs));
  }
fs.rmSync(TMP, { recursive: true, force: true });

const cases = samples.map(({ spec, wall: timesMs, cpu: cpuMs }) => {
  const medianMs = percentile(timesMs, 50);
  const entry = {
    case: spec.name,
    runs: timesMs.length,
    timesMs,
    medianMs,
    p90Ms: percentile(timesMs, 90),
    cpuMs,
    cpuMedianMs: percentile(cpuMs, 50),
    targetMs: spec.target ? TARGET_MS : null,
    meetsTarget: spec.target ? medianMs < TARGET_MS : null,
  };
  console.log(`${spec.name}: median ${medianMs} ms wall, ${entry.cpuMedianMs} ms CPU over ${timesMs.length} runs`);
  return entry;
});

// On a loaded machine node's own start-up dominates: the time over the floor is what the command adds.
const [floor, ...others] = cases;
if (!floor) throw new Error('no floor case to compare with');
for (const c of others)
  Object.assign(c, {
    overFloorMs: round(c.medianMs - floor.medianMs),
    cpuOverFloorMs: round(c.cpuMedianMs - floor.cpuMedianMs),
  });

const loadAverage = os.loadavg().map((v) => Number(v.toFixed(2)));
const report = { benchmark: 'cli-start', quick: QUICK, machine: { ...machineInfo(), loadAverage }, cases };
fs.mkdirSync('bench/results', { recursive: true });
fs.writeFileSync('bench/results/cli-start.json', `${JSON.stringify(report, null, 2)}\n`);

const m = report.machine;
const over = (c: object, key: 'overFloorMs' | 'cpuOverFloorMs') =>
  key in c ? String((c as Record<typeof key, number>)[key]) : '—';
const rows = cases.map(
  (c) =>
    `| ${c.case} | ${c.runs} | ${c.medianMs} | ${c.p90Ms} | ${over(c, 'overFloorMs')} | ${c.cpuMedianMs} | ${over(c, 'cpuOverFloorMs')} | ${c.targetMs ?? '—'} | ${c.meetsTarget === null ? '—' : c.meetsTarget ? 'yes' : 'NO'} |`,
);
const md = `# Command start-up benchmark

Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}, ${m.date}${QUICK ? ' (quick run)' : ''}; load average at the end ${m.loadAverage.join(' / ')} (other work shared the machine when it is above the core count)

Each run is a fresh process started from the repository root: wall time from spawn to exit and the process's own CPU time (user + system), after ${WARM_UP} warm-up rounds; the commands take turns, one run of each per round. \`convivio\` is \`${BIN}\` (the compiled command in packages/server/dist, what \`npx convivio\` runs); the \`npx\` row adds npm's own start-up (its CPU time is npm's and the command's together). The wrong-option row is what a data command costs before its work starts: the check that the build is up to date, the dispatch and the parsing of its options. The \`user create\` row runs on an embedded database (\`DATA_DIR\`) made before the runs, for an e-mail it already holds: it opens the database, makes the start-up's checks (migrations, the data set), hashes the password and is refused (exit status 1).

| command | runs | wall median (ms) | wall p90 (ms) | wall over node -e 0 (ms) | CPU median (ms) | CPU over node -e 0 (ms) | target (ms) | met |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
fs.writeFileSync('bench/results/cli-start.md', md);
console.log(md);
if (cases.some((c) => c.meetsTarget === false)) process.exitCode = 1;
