/**
 * Benchmark of the optional inference and structure of @convivio/indicators on a synthetic
 * grid of 10,000 cells × 5 groups in 4 areas (one thread):
 *   node --conditions=convivio-source --import tsx bench/inference.bench.ts   (or npm run bench -- inference)
 * Writes bench/results/inference.json and bench/results/inference.md.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeIndicatorsSync } from '../packages/indicators/src/core/compute.ts';
import { computeLocalLayersSync } from '../packages/indicators/src/core/local-layers.ts';
import { readGrid } from '../packages/indicators/src/io/read-grid.ts';
import { syntheticGridText } from '../packages/indicators/src/synthetic.ts';
import { machineInfo, median } from './lib/machine.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const GROUPS = ['NAT', 'EU', 'AFR', 'ASI', 'AME'];

function repeat(f: () => unknown, runs: number): { medianMs: number; runsMs: number[] } {
  const runsMs: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    f();
    runsMs.push(Math.round(performance.now() - t));
  }
  return { medianMs: median(runsMs), runsMs };
}

const text = [...syntheticGridText({ cells: 10_000, areas: 4, seed: 21, groups: GROUPS })].join('');
const grid = await readGrid(Buffer.from(text), { cellId: 'GRD_ID', area: 'LAU_CODE', total: 'TOT', groups: GROUPS });
const allCells = grid.scopes[0];
if (!allCells) throw new Error('the grid has no scope of all cells');
const people = allCells.population;
const load = os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join('/');
console.log(`inference benchmark: ${grid.cellCount} cells, ${Math.round(people)} people, ${RUNS} runs each`);

/** Runs of the cases with draws (minutes each on a loaded machine; BENCH_HEAVY_RUNS=1 to shorten). */
const HEAVY = Number(process.env.BENCH_HEAVY_RUNS ?? RUNS);
const cases: [string, () => unknown, number?][] = [
  ['aspatial indices, all cells and areas (no inference: the fast path)', () => computeIndicatorsSync(grid, {})],
  [
    '999 permutations, all cells only',
    () => computeIndicatorsSync(grid, { areas: false, inference: { permutations: 999, seed: 1 } }),
    HEAVY,
  ],
  [
    '999 permutations, all cells and each of 4 areas',
    () => computeIndicatorsSync(grid, { inference: { permutations: 999, seed: 1 } }),
    HEAVY,
  ],
  [
    '199 bootstrap resamples, all cells only',
    () => computeIndicatorsSync(grid, { areas: false, inference: { bootstrap: 199 } }),
  ],
  [
    'hot spots (local Moran + Gi*, 5 groups, queen, 999 permutations)',
    () => computeLocalLayersSync(grid, { areas: false, hotspots: { permutations: 999 } }),
    HEAVY,
  ],
  [
    'profile 100, 250, 500, 1000, 2000, 4000 m (textbook, all cells only)',
    () => computeIndicatorsSync(grid, { areas: false, profile: [100, 250, 500, 1000, 2000, 4000] }),
  ],
  ['decomposition of M and H by area', () => computeIndicatorsSync(grid, { areas: false, decomposition: 'areas' })],
];

const results = cases.map(([what, f, runs]) => {
  const r = repeat(f, runs ?? RUNS);
  console.log(`${what}: median ${r.medianMs} ms (${r.runsMs.join(', ')})`);
  return { what, ...r };
});

const machine = machineInfo();
const out = {
  machine,
  loadAtStart: load,
  loadAtEnd: os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join('/'),
  cells: grid.cellCount,
  people,
  groups: GROUPS.length,
  runs: RUNS,
  results,
};
writeFileSync(path.join(ROOT, 'bench/results/inference.json'), JSON.stringify(out, null, 2) + '\n');
writeFileSync(
  path.join(ROOT, 'bench/results/inference.md'),
  [
    '# Inference and structure benchmark',
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}, ${machine.date}.`,
    `Load average (1/5/15 min) at start ${out.loadAtStart}, at end ${out.loadAtEnd} (the machine is shared; figures are slower when the load exceeds the cores).`,
    '',
    `Synthetic grid: ${grid.cellCount.toLocaleString('en')} cells × ${GROUPS.length} groups in 4 areas, ${Math.round(people).toLocaleString('en')} people; one thread; median of ${RUNS} runs.`,
    '',
    '| what | median | runs (ms) |',
    '|---|---|---|',
    ...results.map((r) => `| ${r.what} | ${r.medianMs.toLocaleString('en')} ms | ${r.runsMs.join(', ')} |`),
    '',
  ].join('\n'),
);
