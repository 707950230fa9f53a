/**
 * Benchmark of reading a grid with a row per cell and year: each year read on its own
 * (readGrid with `select`, once per year) against one read split by year (readGridsBy).
 *   node --conditions=convivio-source --import tsx bench/year-split.bench.ts     3 years × 300k cells, 5 runs
 *   BENCH_QUICK=1 …                                                             3 years × 50k cells, 3 runs
 * Plain CSV, gzip CSV and Parquet. Writes bench/results/year-split.json and .md; the files go to
 * bench/tmp/ (git-ignored) and are deleted afterwards.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Grid } from '../packages/indicators/src/core/grid.ts';
import { readGrid } from '../packages/indicators/src/io/read-grid.ts';
import { readGridsBy } from '../packages/indicators/src/io/read-grids-by.ts';
import { ParquetWriter } from '../packages/indicators/src/io/write-parquet.ts';
import { shutdownWorkers } from '../packages/indicators/src/parallel/pool.ts';
import { syntheticGridText } from '../packages/indicators/src/synthetic.ts';
import { machineInfo, median } from './lib/machine.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TMP = path.join(ROOT, 'bench/tmp/year-split');
const QUICK = process.env.BENCH_QUICK === '1' || process.argv.includes('--quick');
const CELLS = QUICK ? 50_000 : 300_000;
const RUNS = QUICK ? 3 : 5;
const YEARS = ['2011', '2016', '2021'];
const GROUPS = ['NAT', 'EU', 'AFR', 'ASI', 'AME', 'OCE'];
const MAPPING = { cellId: 'GRD_ID', area: 'LAU_CODE', total: 'TOT', groups: GROUPS };
const MB = 1024 * 1024;

/** The rows of three years (a synthetic grid each, seeded by its year), year first, one year after the other. */
function yearsText(): { header: string[]; rows: string[][] } {
  let header: string[] = [];
  const rows: string[][] = [];
  for (const year of YEARS) {
    const [first, ...body] = [...syntheticGridText({ cells: CELLS, areas: 12, seed: Number(year) })]
      .join('')
      .trim()
      .split('\n');
    if (first === undefined) throw new Error(`the grid of ${year} has no header`);
    header = ['year', ...first.split(',')];
    for (const line of body) rows.push([year, ...line.split(',')]);
  }
  return { header, rows };
}

/** The value in column `j` of a row: every row has one for each column of the header. */
function cell(row: string[], j: number): string {
  const value = row[j];
  if (value === undefined) throw new Error(`a row has no column ${j + 1}`);
  return value;
}

async function writeParquet(file: string, header: string[], rows: string[][]): Promise<void> {
  const text = new Set(['year', 'GRD_ID', 'LAU_CODE']);
  const writer = await ParquetWriter.open(
    file,
    header.map((name) => ({ name, type: text.has(name) ? ('string' as const) : ('double' as const) })),
  );
  for (let from = 0; from < rows.length; from += 100_000) {
    const part = rows.slice(from, from + 100_000);
    await writer.writeRowGroup(
      header.map((name, j) =>
        text.has(name) ? part.map((r) => cell(r, j)) : Float64Array.from(part, (r) => Number(r[j])),
      ),
    );
  }
  await writer.close();
}

async function time(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

const perYear = (file: string) => async (): Promise<Grid[]> => {
  const grids: Grid[] = [];
  for (const value of YEARS) grids.push(await readGrid(file, { ...MAPPING, select: { column: 'year', value } }));
  return grids;
};
const once = (file: string) => () => readGridsBy(file, MAPPING, { column: 'year', values: YEARS });

async function main(): Promise<void> {
  mkdirSync(TMP, { recursive: true });
  const { header, rows } = yearsText();
  const csv = [header, ...rows].map((r) => r.join(',')).join('\n') + '\n';
  const files = {
    csv: path.join(TMP, 'years.csv'),
    gzip: path.join(TMP, 'years.csv.gz'),
    parquet: path.join(TMP, 'years.parquet'),
  };
  writeFileSync(files.csv, csv);
  writeFileSync(files.gzip, gzipSync(csv, { level: 6 }));
  await writeParquet(files.parquet, header, rows);
  const cases: [string, string, () => Promise<unknown>][] = [];
  for (const [format, file] of Object.entries(files)) {
    cases.push([format, 'each year alone (readGrid + select, ×3)', perYear(file)]);
    cases.push([format, 'once, split by year (readGridsBy)', once(file)]);
  }
  const results = [];
  for (const [format, how, f] of cases) {
    await f(); // warm-up
    const runsMs: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      (globalThis as { gc?: () => void }).gc?.();
      runsMs.push(await time(f));
    }
    const sizeMb = statSync(files[format as keyof typeof files]).size / MB;
    results.push({
      format,
      how,
      sizeMb: +sizeMb.toFixed(1),
      medianMs: Math.round(median(runsMs)),
      runsMs: runsMs.map(Math.round),
    });
    console.log(
      `${format.padEnd(8)} ${how.padEnd(42)} median ${Math.round(median(runsMs))} ms  [${runsMs.map(Math.round).join(', ')}]`,
    );
  }
  await shutdownWorkers();
  rmSync(TMP, { recursive: true, force: true });
  const out = { machine: machineInfo(), years: YEARS.length, cellsPerYear: CELLS, runs: RUNS, results };
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results/year-split.json'), JSON.stringify(out, null, 2) + '\n');
  const md = [
    `# Reading ${YEARS.length} years × ${CELLS.toLocaleString('en')} cells: per year vs once`,
    '',
    `Median of ${RUNS} runs (after a warm-up) on ${out.machine.cpu}, ${out.machine.cores} cores, Node ${out.machine.node}, ${out.machine.date}.`,
    '',
    '| format | file MiB | read | median ms | runs ms |',
    '|---|---:|---|---:|---|',
    ...results.map((r) => `| ${r.format} | ${r.sizeMb} | ${r.how} | ${r.medianMs} | ${r.runsMs.join(', ')} |`),
    '',
  ].join('\n');
  writeFileSync(path.join(ROOT, 'bench/results/year-split.md'), md);
}

await main();
