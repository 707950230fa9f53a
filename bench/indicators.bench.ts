/**
 * Benchmark of @convivio/indicators.
 *   node --import tsx bench/indicators.bench.ts            full run (1M cells in memory, 20M cells end to end)
 *   BENCH_QUICK=1 node --import tsx bench/indicators.bench.ts   quick run (200k in memory, 1M end to end)
 * Writes bench/results/indicators.json and bench/results/indicators.md. Generated grids go to
 * bench/tmp/ (git-ignored) and are deleted afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, promises as fs, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IndicatorComputation, computeIndicatorsSync } from '../packages/indicators/src/core/compute.ts';
import { type Grid } from '../packages/indicators/src/core/grid.ts';
import { computeIndicators } from '../packages/indicators/src/engine.ts';
import { readGrid } from '../packages/indicators/src/io/read-grid.ts';
import { writeResult } from '../packages/indicators/src/io/write-results.ts';
import { computeEnvironments, defaultThreads } from '../packages/indicators/src/parallel/parallel-environment.ts';
import { shutdownWorkers } from '../packages/indicators/src/parallel/pool.ts';
import { writeSyntheticGrid } from '../packages/indicators/src/synthetic.ts';
import { median } from './lib/machine.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TMP = path.join(ROOT, 'bench/tmp');
const QUICK = process.env.BENCH_QUICK === '1' || process.argv.includes('--quick');
const SIZE = QUICK
  ? { memory: 200_000, endToEnd: 1_000_000, runs: 3 }
  : { memory: 1_000_000, endToEnd: 20_000_000, runs: 5 };
const GROUPS = ['NAT', 'EU', 'AFR', 'ASI', 'AME'];
const MAPPING = { cellId: 'GRD_ID', area: 'LAU_CODE', total: 'TOT', groups: GROUPS };
const MB = 1024 * 1024;

const maxRssMb = (): number => process.resourceUsage().maxRSS / 1024;

async function timed<T>(f: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await f();
  return { ms: performance.now() - t, value };
}

async function repeat(runs: number, f: () => unknown): Promise<{ medianMs: number; runsMs: number[] }> {
  const runsMs: number[] = [];
  for (let r = 0; r < runs; r++) runsMs.push((await timed(f)).ms);
  return { medianMs: median(runsMs), runsMs: runsMs.map((x) => Math.round(x)) };
}

/** Like repeat, for functions that time themselves. */
async function repeatTimed(runs: number, f: () => Promise<number>): Promise<{ medianMs: number; runsMs: number[] }> {
  const runsMs: number[] = [];
  for (let r = 0; r < runs; r++) runsMs.push(await f());
  return { medianMs: median(runsMs), runsMs: runsMs.map((x) => Math.round(x)) };
}

/** Milliseconds of the kernel environments plus spatial indices only (the aspatial part runs untimed first). */
async function spatialOnly(grid: Grid, compat: 'textbook' | 'pysal', threads: number): Promise<number> {
  const c = new IndicatorComputation(grid, { areas: false, bandwidths: [1000], compat, threads }, threads);
  c.computeAspatial();
  const t = performance.now();
  for (const step of c.spatialSteps()) {
    await computeEnvironments(step.requests, threads);
    step.finish();
  }
  return performance.now() - t;
}

/** What the end-to-end child process reports. */
interface EndToEnd {
  cells: number;
  areas: number;
  readMs: number;
  computeMs: number;
  writeMs: number;
  totalMs: number;
  rssAfterReadMb: number;
  maxRssMb: number;
}

/** Child process: read a CSV, compute every aspatial index for all cells and per area, write JSON. */
async function endToEnd(file: string): Promise<void> {
  const read = await timed(() => readGrid(file, MAPPING));
  const rssAfterRead = process.memoryUsage().rss / MB;
  const compute = await timed(() => computeIndicators(read.value, {}));
  const write = await timed(() => writeResult(path.join(TMP, 'e2e-result.json'), compute.value, 'json'));
  const out: EndToEnd = {
    cells: read.value.cellCount,
    areas: read.value.areaCodes.length,
    readMs: read.ms,
    computeMs: compute.ms,
    writeMs: write.ms,
    totalMs: read.ms + compute.ms + write.ms,
    rssAfterReadMb: rssAfterRead,
    maxRssMb: maxRssMb(),
  };
  process.stdout.write(JSON.stringify(out));
}

async function main(): Promise<void> {
  mkdirSync(TMP, { recursive: true });
  const started = new Date().toISOString();
  const loadAtStart = os.loadavg();
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    threadsUsed: defaultThreads(),
    totalMemoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: started,
  };
  console.log(`indicators benchmark (${QUICK ? 'quick' : 'full'}) on ${machine.cpu}, ${machine.cores} cores`);

  const memFile = path.join(TMP, `grid-${SIZE.memory}.csv`);
  await writeSyntheticGrid(memFile, { cells: SIZE.memory, areas: 4, seed: 7, groups: GROUPS });
  const memBytes = statSync(memFile).size;
  const read = await timed(() => readGrid(memFile, MAPPING));
  const grid = read.value;
  console.log(`read ${grid.cellCount} cells in ${read.ms.toFixed(0)} ms`);

  const aspatialAll = await repeat(SIZE.runs, () => computeIndicatorsSync(grid, { areas: false }));
  console.log(`aspatial + multigroup + Ginis + Moran, all cells: median ${aspatialAll.medianMs.toFixed(0)} ms`);
  const aspatialAreas = await repeat(SIZE.runs, () => computeIndicatorsSync(grid, {}));
  console.log(`same, all cells and 4 areas: median ${aspatialAreas.medianMs.toFixed(0)} ms`);
  const spatial: Record<string, { medianMs: number; runsMs: number[] }> = {};
  for (const [label, compat, threads] of [
    ['textbook, all threads', 'textbook', defaultThreads()],
    ['pysal, all threads', 'pysal', defaultThreads()],
    ['textbook, 1 thread', 'textbook', 1],
  ] as const) {
    await spatialOnly(grid, compat, threads);
    spatial[label] = await repeatTimed(SIZE.runs, () => spatialOnly(grid, compat, threads));
    console.log(
      `1 km triangular environment + spatial indices (${label}): median ${spatial[label].medianMs.toFixed(0)} ms`,
    );
  }
  const inMemoryMaxRss = maxRssMb();
  const loadAfterInMemory = os.loadavg();

  const e2eFile = path.join(TMP, `grid-${SIZE.endToEnd}.csv`);
  const gen = await timed(() =>
    writeSyntheticGrid(e2eFile, { cells: SIZE.endToEnd, areas: QUICK ? 8 : 80, seed: 20, groups: GROUPS }),
  );
  const e2eBytes = statSync(e2eFile).size;
  console.log(`generated ${SIZE.endToEnd} cells (${(e2eBytes / MB).toFixed(0)} MB) in ${(gen.ms / 1000).toFixed(1)} s`);
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--end-to-end', e2eFile],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (child.status !== 0) throw new Error(`end-to-end run failed: ${child.stderr}`);
  const e2e = JSON.parse(child.stdout) as EndToEnd;
  console.log(`end to end: ${(e2e.totalMs / 1000).toFixed(1)} s, max RSS ${e2e.maxRssMb.toFixed(0)} MB`);
  const loadAtEnd = os.loadavg();
  rmSync(TMP, { recursive: true, force: true });

  const results = {
    mode: QUICK ? 'quick' : 'full',
    machine,
    loadAverage: { atStart: loadAtStart, afterInMemory: loadAfterInMemory, atEnd: loadAtEnd },
    inMemory: {
      cells: grid.cellCount,
      groups: GROUPS.length,
      read: { ms: read.ms, mbPerS: memBytes / MB / (read.ms / 1000), cellsPerS: grid.cellCount / (read.ms / 1000) },
      aspatialAllCells: { ...aspatialAll, cellsPerS: grid.cellCount / (aspatialAll.medianMs / 1000), targetMs: 2000 },
      aspatialAllCellsAndAreas: aspatialAreas,
      spatial1kmTriangular: Object.fromEntries(
        Object.entries(spatial).map(([k, v]) => [
          k,
          { ...v, cellsPerS: grid.cellCount / (v.medianMs / 1000), targetMs: 2000 },
        ]),
      ),
      maxRssMb: inMemoryMaxRss,
    },
    endToEnd: {
      ...e2e,
      fileMb: e2eBytes / MB,
      readMbPerS: e2eBytes / MB / (e2e.readMs / 1000),
      cellsPerS: e2e.cells / (e2e.totalMs / 1000),
      targetMs: 60_000,
      targetMaxRssMb: 4096,
      generationMs: gen.ms,
    },
  };
  writeFileSync(path.join(ROOT, 'bench/results/indicators.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(path.join(ROOT, 'bench/results/indicators.md'), markdown(results));
  await shutdownWorkers();
}

function markdown(r: {
  mode: string;
  machine: Record<string, string | number>;
  loadAverage: { atStart: number[]; afterInMemory: number[]; atEnd: number[] };
  inMemory: {
    cells: number;
    read: { ms: number; mbPerS: number };
    aspatialAllCells: { medianMs: number; runsMs: number[]; cellsPerS: number };
    aspatialAllCellsAndAreas: { medianMs: number };
    spatial1kmTriangular: Record<string, { medianMs: number; runsMs: number[]; cellsPerS: number }>;
    maxRssMb: number;
  };
  endToEnd: EndToEnd & { fileMb: number; readMbPerS: number; cellsPerS: number; generationMs: number };
}): string {
  const m = r.machine;
  const f = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
  const rate = (x: number): string => `${(x / 1e6).toFixed(2)} M cells/s`;
  const lines = [
    `# Indicators benchmark (${r.mode})`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores (${m.threadsUsed} threads used), ${m.totalMemoryGb} GB, Node ${m.node}, ${m.os}, ${m.date}.`,
    `Load average (1/5/15 min) at start ${r.loadAverage.atStart.map((x) => x.toFixed(1)).join('/')}, ` +
      `after in-memory runs ${r.loadAverage.afterInMemory.map((x) => x.toFixed(1)).join('/')}, at end ${r.loadAverage.atEnd.map((x) => x.toFixed(1)).join('/')} ` +
      '(other work on the machine slows the figures below when the load exceeds the core count).',
    '',
    `## In memory: ${r.inMemory.cells.toLocaleString('en')} cells × 5 groups (median of ${r.inMemory.aspatialAllCells.runsMs.length} runs)`,
    '',
    '| what | median | runs (ms) | throughput | target |',
    '|---|---|---|---|---|',
    `| read CSV (${r.inMemory.read.mbPerS.toFixed(0)} MB/s) | ${f(r.inMemory.read.ms)} | 1 run | | |`,
    `| all aspatial + multigroup indices, both Ginis, Moran's I, all cells | ${f(r.inMemory.aspatialAllCells.medianMs)} | ${r.inMemory.aspatialAllCells.runsMs.join(', ')} | ${rate(r.inMemory.aspatialAllCells.cellsPerS)} | < 2 s |`,
    `| same for all cells and each of 4 areas | ${f(r.inMemory.aspatialAllCellsAndAreas.medianMs)} | | | |`,
    ...Object.entries(r.inMemory.spatial1kmTriangular).map(
      ([k, v]) =>
        `| 1 km triangular environment + spatial indices (${k}) | ${f(v.medianMs)} | ${v.runsMs.join(', ')} | ${rate(v.cellsPerS)} | < 2 s |`,
    ),
    '',
    `Peak RSS of the in-memory process: ${r.inMemory.maxRssMb.toFixed(0)} MB.`,
    '',
    `## End to end: ${r.endToEnd.cells.toLocaleString('en')} cells × 5 groups, ${r.endToEnd.areas} areas, CSV of ${r.endToEnd.fileMb.toFixed(0)} MB`,
    '',
    'Separate process: stream and parse the CSV, check every value, sort the cells, compute every aspatial',
    "and multigroup index (both Ginis, Moran's I) for all cells and for each area, write the JSON.",
    '',
    '| phase | time |',
    '|---|---|',
    `| read (${r.endToEnd.readMbPerS.toFixed(0)} MB/s) | ${f(r.endToEnd.readMs)} |`,
    `| compute | ${f(r.endToEnd.computeMs)} |`,
    `| write JSON | ${f(r.endToEnd.writeMs)} |`,
    `| **total** (target < 60 s) | **${f(r.endToEnd.totalMs)}** (${rate(r.endToEnd.cellsPerS)}) |`,
    '',
    `Peak memory (maxRSS): ${r.endToEnd.maxRssMb.toFixed(0)} MB (target < 4096 MB); RSS after reading ${r.endToEnd.rssAfterReadMb.toFixed(0)} MB.`,
    `Generating the synthetic file took ${f(r.endToEnd.generationMs)} (not included).`,
    '',
  ];
  return lines.join('\n');
}

const at = process.argv.indexOf('--end-to-end');
if (at >= 0) {
  const file = process.argv[at + 1];
  if (file === undefined) throw new Error('--end-to-end needs the CSV file to read');
  void endToEnd(file).then(() => shutdownWorkers());
} else {
  main().catch(async (e: unknown) => {
    console.error(e);
    await fs.rm(TMP, { recursive: true, force: true });
    process.exitCode = 1;
  });
}
