/**
 * The `convivio indicators` command as a user runs it, and the CSV reading under it.
 *   node --import tsx bench/indicators-command.bench.ts
 * 1. CSV read throughput (readGrid in process, plain and gzip, uncompressed MB per second; as
 *    readGrid reads them by default, and plain on one thread, gzip in two for comparison);
 * 2. the whole command (a fresh process: start, read the gzip CSV, compute every index with a
 *    500 m triangular kernel, write the JSON) on 1,000,000 cells × 5 groups;
 * 3. the whole command on 20,000,000 cells × 5 groups from plain CSV (every aspatial index for
 *    all cells and each of 80 areas, as bench/indicators.bench.ts measures end to end).
 * Grids are generated once into BENCH_DATA (default: the system's temporary folder, never the
 * repository) and kept for later runs. BENCH_RUNS (default 5) runs per figure, BENCH_BIG_RUNS
 * (default 3) for the 20M run; BENCH_BIG=0 skips it.
 * Writes bench/results/indicators-command.json and .md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanCsv } from '../packages/indicators/src/io/scan-csv.ts';
import { readGrid } from '../packages/indicators/src/io/read-grid.ts';
import { writeSyntheticGrid } from '../packages/indicators/src/synthetic.ts';
import { machineInfo, median } from './lib/machine.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = process.env.BENCH_DATA ?? path.join(os.tmpdir(), 'convivio-bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BIG_RUNS = Number(process.env.BENCH_BIG_RUNS ?? 3);
const BIG = process.env.BENCH_BIG !== '0';
const GROUPS = ['NAT', 'EU', 'AFR', 'ASI', 'AME'];
const MAPPING = { cellId: 'GRD_ID', area: 'LAU_CODE', total: 'TOT', groups: GROUPS };
// The command as `npx convivio` runs it: the installed executable, through its #! line.
const BIN = path.join(ROOT, 'node_modules/.bin/convivio');
const MB = 1e6;

const round = (x: number): number => Math.round(x);
const load = (): number[] => os.loadavg().map((x) => Math.round(x * 100) / 100);

/** CPU seconds used by finished child processes so far (Linux: cutime + cstime of /proc/self/stat). */
function childCpuMs(): number {
  try {
    const afterName = readFileSync('/proc/self/stat', 'utf8').split(') ')[1];
    if (afterName === undefined) return NaN;
    const fields = afterName.split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

async function grid(cells: number, areas: number, seed: number, gzip: boolean): Promise<string> {
  const file = path.join(DATA, `grid-${cells}-${areas}-${seed}.csv${gzip ? '.gz' : ''}`);
  if (!existsSync(file)) {
    console.log(`generating ${file} …`);
    await writeSyntheticGrid(file, { cells, areas, seed, groups: GROUPS });
  }
  return file;
}

interface Runs {
  medianMs: number;
  runsMs: number[];
  cpuMs?: number[];
}

/** A CSV read to time: a file, and the threads readGrid may use (its default when absent). */
interface ReadCase {
  file: string;
  threads?: number;
}

type ReadRuns = Runs & { mbPerS: number; cpuMbPerS: number };

/**
 * CSV reads: wall and CPU time of readGrid, MB/s of uncompressed text over the median wall
 * time. The cases take turns within each round, so a drift of the machine's speed (common on
 * shared machines) weighs on all of them alike.
 */
async function readRuns(cases: ReadCase[], textBytes: number): Promise<ReadRuns[]> {
  for (const c of cases) await readGrid(c.file, MAPPING, { threads: c.threads });
  const samples = cases.map((c) => ({ c, wall: [] as number[], cpu: [] as number[] }));
  for (let r = 0; r < RUNS; r++) {
    for (const { c, wall, cpu } of samples) {
      const c0 = process.cpuUsage();
      const t = performance.now();
      await readGrid(c.file, MAPPING, { threads: c.threads });
      wall.push(performance.now() - t);
      const used = process.cpuUsage(c0);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return samples.map(({ wall, cpu }) => {
    const m = median(wall);
    return {
      medianMs: m,
      runsMs: wall.map(round),
      cpuMs: cpu.map(round),
      mbPerS: textBytes / MB / (m / 1000),
      cpuMbPerS: textBytes / MB / (median(cpu) / 1000),
    };
  });
}

/** The environment the `convivio` executable gives itself (its #! line): malloc with transparent huge pages. */
const HUGE_PAGES = { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' };
/** The Node options of its #! line. */
const COMMAND_NODE_FLAGS = ['--no-concurrent-recompilation'];

/** readRuns in a child process started as the command starts (huge pages for malloc's large blocks). */
function readRunsLikeCommand(cases: ReadCase[], textBytes: number): ReadRuns[] {
  const r = spawnSync(process.execPath, [...process.execArgv, ...COMMAND_NODE_FLAGS, fileURLToPath(import.meta.url)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...HUGE_PAGES,
      BENCH_READ_CHILD: JSON.stringify(cases),
      BENCH_TEXT_BYTES: String(textBytes),
    },
  });
  if (r.status !== 0) throw new Error(`read in a child process failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as ReadRuns[];
}

/** Runs the command `runs` times in fresh processes (after one untimed run, which also brings the build up to date, unless `warm` is false). */
function commandRuns(args: string[], runs: number, warm = true): Runs {
  const run = (): void => {
    const r = spawnSync(BIN, ['indicators', ...args, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`convivio indicators failed: ${r.stderr}`);
  };
  if (warm) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = childCpuMs();
    const t = performance.now();
    run();
    wall.push(performance.now() - t);
    cpu.push(childCpuMs() - c0);
  }
  return { medianMs: median(wall), runsMs: wall.map(round), cpuMs: cpu.map(round) };
}

async function main(): Promise<void> {
  const child = process.env.BENCH_READ_CHILD;
  if (child !== undefined) {
    console.log(JSON.stringify(await readRuns(JSON.parse(child) as ReadCase[], Number(process.env.BENCH_TEXT_BYTES))));
    return;
  }
  mkdirSync(DATA, { recursive: true });
  const machine = machineInfo();
  const loadAverage: Record<string, number[]> = { atStart: load() };
  const plain = await grid(1_000_000, 4, 7, false);
  const gz = await grid(1_000_000, 4, 7, true);
  const text = (await scanCsv(plain)).textBytes;
  const [readPlain, readGzip, readPlainOne, readGzipInTwo] = await readRuns(
    [{ file: plain }, { file: gz }, { file: plain, threads: 1 }, { file: gz, threads: 3 }],
    text,
  );
  if (!readPlain || !readGzip || !readPlainOne || !readGzipInTwo) throw new Error('a CSV read gave no figures');
  console.log(`read plain CSV: ${readPlain.mbPerS.toFixed(0)} MB/s (median ${readPlain.medianMs.toFixed(0)} ms)`);
  console.log(`read gzip CSV: ${readGzip.mbPerS.toFixed(0)} MB/s (median ${readGzip.medianMs.toFixed(0)} ms)`);
  console.log(
    `plain on one thread ${readPlainOne.mbPerS.toFixed(0)} MB/s, gzip in two ${readGzipInTwo.mbPerS.toFixed(0)} MB/s`,
  );
  const [readPlainHuge, readGzipHuge] = readRunsLikeCommand([{ file: plain }, { file: gz }], text);
  if (!readPlainHuge || !readGzipHuge) throw new Error('the read in a child process gave no figures');
  console.log(
    `read with huge pages: plain ${readPlainHuge.mbPerS.toFixed(0)} MB/s, gzip ${readGzipHuge.mbPerS.toFixed(0)} MB/s`,
  );
  loadAverage.afterRead = load();
  const out = path.join(DATA, 'result.json');
  const common = ['--cell-id', 'GRD_ID', '--area', 'LAU_CODE', '--total', 'TOT', '--groups', GROUPS.join(',')];
  const command = commandRuns(
    ['--input', gz, ...common, '--bandwidth', '500', '--kernel', 'triangular', '--output', out],
    RUNS,
  );
  console.log(`command, 1M × 5, 500 m triangular: median ${command.medianMs.toFixed(0)} ms`);
  const floor = commandRuns(['--help'], RUNS);
  loadAverage.afterCommand = load();
  let big: (Runs & { cells: number; fileMb: number }) | null = null;
  if (BIG) {
    const file = await grid(20_000_000, 80, 20, false);
    const runs = commandRuns(['--input', file, ...common, '--output', out], BIG_RUNS, false);
    big = { ...runs, cells: 20_000_000, fileMb: statSync(file).size / MB };
    console.log(`command, 20M × 5 from CSV: median ${(runs.medianMs / 1000).toFixed(1)} s`);
  }
  loadAverage.atEnd = load();
  const results = {
    machine,
    loadAverage,
    csvRead: {
      cells: 1_000_000,
      groups: GROUPS.length,
      textMb: text / MB,
      gzipMb: statSync(gz).size / MB,
      plain: readPlain,
      gzip: readGzip,
      plainOneThread: readPlainOne,
      gzipInTwo: readGzipInTwo,
      plainHugePages: readPlainHuge,
      gzipHugePages: readGzipHuge,
      targetMbPerS: 200,
    },
    command1M: { ...command, targetMs: 1500, helpMedianMs: floor.medianMs },
    command20M: big === null ? null : { ...big, targetMs: 12_000 },
  };
  writeFileSync(path.join(ROOT, 'bench/results/indicators-command.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(path.join(ROOT, 'bench/results/indicators-command.md'), markdown(results));
}

function markdown(r: {
  machine: ReturnType<typeof machineInfo>;
  loadAverage: Record<string, number[]>;
  csvRead: {
    textMb: number;
    gzipMb: number;
    plain: Runs & { mbPerS: number; cpuMbPerS: number };
    gzip: Runs & { mbPerS: number; cpuMbPerS: number };
    plainOneThread: Runs & { mbPerS: number; cpuMbPerS: number };
    gzipInTwo: Runs & { mbPerS: number; cpuMbPerS: number };
    plainHugePages: Runs & { mbPerS: number; cpuMbPerS: number };
    gzipHugePages: Runs & { mbPerS: number; cpuMbPerS: number };
  };
  command1M: Runs & { helpMedianMs: number };
  command20M: (Runs & { fileMb: number }) | null;
}): string {
  const m = r.machine;
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const met = (ok: boolean): string => (ok ? 'yes' : 'no');
  const la = Object.entries(r.loadAverage)
    .map(([k, v]) => `${k} ${v.join(' / ')}`)
    .join('; ');
  const lines = [
    '# `convivio indicators` command and CSV reading',
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}, ${m.date}.`,
    `Load average (1 / 5 / 15 min): ${la}. Other work shared the machine whenever the load is above the core count; wall times then stretch, CPU times much less.`,
    '',
    `## CSV read: 1,000,000 cells × 5 groups (${r.csvRead.textMb.toFixed(1)} MB of text; gzip file ${r.csvRead.gzipMb.toFixed(1)} MB)`,
    '',
    'readGrid in one process, after one untimed read of each kind, the kinds taking turns within each round (stream, parse, check every value, sort when out of order, assemble the grid); MB/s of uncompressed text over the median wall time, and over the median CPU time of the process (every thread counted: gzip inflates on a pool thread). By default readGrid reads a plain text of 16 MiB or more on two threads, the calling thread and a worker thread each reading half (the worker started once, in the untimed read), and gzip on the calling thread while a pool thread inflates it (on two cores, reading gzip in two only adds a third busy thread); "plain CSV, one thread" gives it `threads: 1`, "gzip CSV, read in two" `threads: 3`.',
    '',
    '"Huge pages": a child process started with the environment and Node options the `convivio` executable gives itself (`GLIBC_TUNABLES=glibc.malloc.hugetlb=1`, `--no-concurrent-recompilation`, its #! line), so the columns\' memory comes in transparent huge pages, as in the command; the first two rows are an ordinary Node process.',
    '',
    '| input | median wall | runs (ms) | CPU (ms) | MB/s (wall) | MB/s (CPU) | target | met |',
    '|---|---|---|---|---|---|---|---|',
    ...(
      [
        ['plain', 'plain CSV'],
        ['gzip', 'gzip CSV'],
        ['plainOneThread', 'plain CSV, one thread'],
        ['gzipInTwo', 'gzip CSV, read in two'],
        ['plainHugePages', 'plain CSV, huge pages'],
        ['gzipHugePages', 'gzip CSV, huge pages'],
      ] as const
    ).map(([k, label]) => {
      const x = r.csvRead[k];
      return `| ${label} | ${x.medianMs.toFixed(0)} ms | ${x.runsMs.join(', ')} | ${(x.cpuMs ?? []).join(', ')} | ${x.mbPerS.toFixed(0)} | ${x.cpuMbPerS.toFixed(0)} | ≥ 200 MB/s | ${met(x.mbPerS >= 200)} |`;
    }),
    '',
    '## Whole command, fresh process each run',
    '',
    '| what | median wall | runs (ms) | CPU of the process (ms) | target | met |',
    '|---|---|---|---|---|---|',
    `| 1,000,000 cells × 5 groups, gzip CSV, 500 m triangular kernel, every index, JSON | ${s(r.command1M.medianMs)} | ${r.command1M.runsMs.join(', ')} | ${(r.command1M.cpuMs ?? []).join(', ')} | < 1.5 s | ${met(r.command1M.medianMs < 1500)} |`,
    ...(r.command20M === null
      ? []
      : [
          `| 20,000,000 cells × 5 groups, plain CSV of ${r.command20M.fileMb.toFixed(0)} MB, every aspatial index for all cells and 80 areas, JSON | ${s(r.command20M.medianMs)} | ${r.command20M.runsMs.join(', ')} | ${(r.command20M.cpuMs ?? []).join(', ')} | < 12 s | ${met(r.command20M.medianMs < 12_000)} |`,
        ]),
    '',
    `\`convivio indicators --help\` (start-up alone) took ${r.command1M.helpMedianMs.toFixed(0)} ms (median) in the same conditions. CPU of the process counts every thread (worker threads, gzip), so it can exceed the wall time on 2 cores.`,
    '',
  ];
  return lines.join('\n');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
