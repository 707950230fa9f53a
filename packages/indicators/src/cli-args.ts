import { CommandLineError as UsageError, parseCommandLine } from '@convivio/shared/command-line';
import { COMPATS, KERNELS, type Compat, type KernelName } from './core/kernels.ts';
import { type IndicatorOptions } from './core/options.ts';
import { type GridMapping } from './io/column-mapping.ts';

/** Usage text of `convivio indicators`. */
export const USAGE = `usage: convivio indicators --input FILE (--cell-id COL | --x COL --y COL --cell-size M)
         --groups A,B,C [--area COL] [--total COL] --output OUT.json
         [--format json|csv] [--bandwidth 500,1000] [--kernel ${KERNELS.join('|')}]
         [--compat textbook|pysal] [--atkinson-b 0.5] [--local-output FILE.csv|.parquet|.tif]
         [--delimiter ';'] [--threads N] [--environment-scope area|all]
         [--moran-empty zero|exclude] [--no-areas] [--epsg 3035] [--progress | --quiet]
         [--permutations N] [--bootstrap N] [--seed S] [--confidence 0.95]
         [--spatial-permutations N]
         [--profile 100,250,500,1000,2000,4000] [--decompose-by COL] [--compare AREA,AREA]
         [--hotspots] [--neighbours queen|METRES] [--where COL=VALUE]

Reads a grid (CSV/TSV, gzip or not, or Parquet) with one row per cell and writes
segregation, concentration and diversity indices for all cells and per area.
--permutations and --bootstrap add p-values (random allocation) and intervals to the JSON;
--spatial-permutations adds p-values of the kernel indices (per bandwidth, same seed);
--profile adds each spatial index across those bandwidths; --decompose-by splits M and H
between and within the units of a column; --compare tests the difference between two areas;
--hotspots adds local Moran's I and Gi* layers to --local-output; --where reads only the rows
with that value in that column (one year of a grid with a row per cell and year).`;

/** A command-line mistake: reported in one line, exit status 2. */
export { UsageError };

/** Everything the command line asks for. */
export interface CliConfig {
  input: string;
  mapping: GridMapping;
  options: IndicatorOptions;
  output: string;
  format: 'json' | 'csv';
  localOutput?: string;
  epsg: number;
  /** Column whose values group cells for the decomposition of M and H. */
  decomposeBy?: string;
  /** Two area codes whose indices are compared. */
  compare?: [string, string];
  progress: 'auto' | 'on' | 'off';
}

/** Every option of `convivio indicators`, for node:util parseArgs. */
const OPTIONS = {
  input: { type: 'string' },
  'cell-id': { type: 'string' },
  x: { type: 'string' },
  y: { type: 'string' },
  'cell-size': { type: 'string' },
  area: { type: 'string' },
  groups: { type: 'string' },
  total: { type: 'string' },
  bandwidth: { type: 'string' },
  kernel: { type: 'string' },
  compat: { type: 'string' },
  'atkinson-b': { type: 'string' },
  output: { type: 'string' },
  format: { type: 'string' },
  'local-output': { type: 'string' },
  delimiter: { type: 'string' },
  threads: { type: 'string' },
  'environment-scope': { type: 'string' },
  'moran-empty': { type: 'string' },
  epsg: { type: 'string' },
  'no-areas': { type: 'boolean' },
  progress: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  permutations: { type: 'string' },
  bootstrap: { type: 'string' },
  seed: { type: 'string' },
  'spatial-permutations': { type: 'string' },
  confidence: { type: 'string' },
  profile: { type: 'string' },
  'decompose-by': { type: 'string' },
  compare: { type: 'string' },
  hotspots: { type: 'boolean' },
  neighbours: { type: 'string' },
  where: { type: 'string' },
} as const;

/** The options given, by name (flags as 'true'); rejects unknown, repeated or value-less options. */
export function splitArgs(argv: readonly string[]): Map<string, string> {
  const { values } = parseCommandLine([...argv], OPTIONS);
  return new Map(Object.entries(values).map(([name, value]) => [name, value === true ? 'true' : String(value)]));
}

function positive(name: string, v: string): number {
  const n = Number(v);
  if (!(Number.isFinite(n) && n > 0)) throw new UsageError(`--${name} must be a positive number, got '${v}'`);
  return n;
}

function wholeNumber(name: string, v: string, max: number): number {
  const n = Number(v);
  if (!(Number.isInteger(n) && n >= 0 && n <= max))
    throw new UsageError(`--${name} must be a whole number from 0 to ${max}, got '${v}'`);
  return n;
}

function whereClause(v: string): { column: string; value: string } {
  const at = v.indexOf('=');
  const column = v.slice(0, Math.max(at, 0)).trim();
  const value = v.slice(at + 1).trim();
  if (at < 0 || column === '' || value === '')
    throw new UsageError(`--where needs COLUMN=VALUE, e.g. --where year=2021, got '${v}'`);
  return { column, value };
}

function oneOf<T extends string>(name: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got '${v}'`);
  return v as T;
}

/** Turns arguments into a CliConfig, or throws UsageError naming what is wrong. */
export function parseCliArgs(argv: readonly string[]): CliConfig {
  const a = splitArgs(argv);
  const need = (name: string): string => {
    const v = a.get(name);
    if (v === undefined || v === '') throw new UsageError(`--${name} is required`);
    return v;
  };
  const input = need('input');
  const output = need('output');
  const groups = need('groups')
    .split(',')
    .map((g) => g.trim())
    .filter((g) => g !== '');
  if (groups.length === 0) throw new UsageError('--groups needs at least one column name');
  const hasXY = a.has('x') || a.has('y') || a.has('cell-size');
  if (a.has('cell-id') === hasXY) throw new UsageError('give --cell-id, or --x, --y and --cell-size');
  if (hasXY && !(a.has('x') && a.has('y') && a.has('cell-size')))
    throw new UsageError('--x, --y and --cell-size go together');
  const mapping: GridMapping = {
    cellId: a.get('cell-id'),
    x: a.get('x'),
    y: a.get('y'),
    cellSize: a.has('cell-size') ? positive('cell-size', a.get('cell-size') as string) : undefined,
    area: a.get('area'),
    total: a.get('total'),
    groups,
    delimiter: a.get('delimiter'),
    select: a.has('where') ? whereClause(a.get('where') as string) : undefined,
  };
  const options: IndicatorOptions = {
    bandwidths: a.has('bandwidth')
      ? (a.get('bandwidth') as string).split(',').map((b) => positive('bandwidth', b.trim()))
      : [],
    kernel: oneOf<KernelName>('kernel', a.get('kernel') ?? 'triangular', KERNELS),
    compat: oneOf<Compat>('compat', a.get('compat') ?? 'textbook', COMPATS),
    atkinsonB: a.has('atkinson-b') ? positive('atkinson-b', a.get('atkinson-b') as string) : 0.5,
    areas: !a.has('no-areas'),
    environmentScope: oneOf('environment-scope', a.get('environment-scope') ?? 'area', ['area', 'all'] as const),
    moranEmptyCells: oneOf('moran-empty', a.get('moran-empty') ?? 'zero', ['zero', 'exclude'] as const),
  };
  if (options.atkinsonB !== undefined && options.atkinsonB >= 1)
    throw new UsageError('--atkinson-b must lie between 0 and 1');
  if (a.has('threads')) {
    const t = Number(a.get('threads'));
    if (!Number.isInteger(t) || t < 1)
      throw new UsageError(`--threads must be a positive integer, got '${a.get('threads')}'`);
    options.threads = t;
  }
  const permutations = a.has('permutations') ? wholeNumber('permutations', a.get('permutations') as string, 99_999) : 0;
  const bootstrap = a.has('bootstrap') ? wholeNumber('bootstrap', a.get('bootstrap') as string, 99_999) : 0;
  const seed = a.has('seed') ? wholeNumber('seed', a.get('seed') as string, 2 ** 32 - 1) : 1;
  const confidence = a.has('confidence') ? positive('confidence', a.get('confidence') as string) : 0.95;
  if (confidence >= 1) throw new UsageError('--confidence must lie between 0 and 1, e.g. 0.95');
  const spatialPermutations = a.has('spatial-permutations')
    ? wholeNumber('spatial-permutations', a.get('spatial-permutations') as string, 99_999)
    : 0;
  if (spatialPermutations > 0 && (options.bandwidths ?? []).length === 0)
    throw new UsageError('--spatial-permutations goes with --bandwidth (the kernel indices it tests)');
  if (permutations > 0 || bootstrap > 0 || spatialPermutations > 0)
    options.inference = { permutations, bootstrap, seed, confidence, spatialPermutations };
  if (a.has('profile'))
    options.profile = (a.get('profile') as string).split(',').map((b) => positive('profile', b.trim()));
  const decomposeBy = a.get('decompose-by');
  let compare: [string, string] | undefined;
  if (a.has('compare')) {
    const codes = (a.get('compare') as string).split(',').map((c) => c.trim());
    if (codes.length !== 2 || codes.some((c) => c === ''))
      throw new UsageError(`--compare needs two area codes separated by a comma, got '${a.get('compare')}'`);
    if (!mapping.area) throw new UsageError('--compare needs --area (the column of the area codes)');
    compare = [codes[0], codes[1]];
  }
  if (a.has('neighbours') && !a.has('hotspots')) throw new UsageError('--neighbours goes with --hotspots');
  if (a.has('hotspots')) {
    const nb = a.get('neighbours') ?? 'queen';
    options.hotspots = {
      permutations: permutations > 0 ? permutations : 999,
      seed,
      neighbours: nb === 'queen' ? 'queen' : { distance: positive('neighbours', nb) },
    };
  }
  const format = oneOf('format', a.get('format') ?? (output.toLowerCase().endsWith('.csv') ? 'csv' : 'json'), [
    'json',
    'csv',
  ] as const);
  const localOutput = a.get('local-output');
  if (localOutput !== undefined && !/\.(csv|parquet|tiff?)$/i.test(localOutput)) {
    throw new UsageError('--local-output must end in .csv, .parquet, .tif or .tiff');
  }
  const epsg = a.has('epsg') ? positive('epsg', a.get('epsg') as string) : 3035;
  const progress = a.has('quiet') ? 'off' : a.has('progress') ? 'on' : 'auto';
  if (options.hotspots && localOutput === undefined) throw new UsageError('--hotspots needs --local-output');
  return { input, mapping, options, output, format, localOutput, epsg, progress, decomposeBy, compare };
}
