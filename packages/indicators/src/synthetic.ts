import { createWriteStream, promises as fs } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';
import {
  BASE_SHARE,
  buildAreas,
  hash,
  multinomial,
  nearestArea,
  ORIGIN_X,
  ORIGIN_Y,
  tiling,
} from './synthetic-model.ts';
import { Random } from './synthetic-random.ts';

const ROWS_PER_BLOCK = 20_000;

/**
 * Deterministic SYNTHETIC grids in the shape of the JRC D4I files: one row per 100 m cell of
 * the EU grid, a (fictitious) LAU code, a total and counts of natives and of migrants by
 * continent of origin. Nothing here describes a real place or population.
 */
export interface SyntheticOptions {
  /** Number of cells (rows) to write. */
  cells: number;
  /** Number of areas (fictitious LAU codes SYN-01, SYN-02, …). */
  areas: number;
  /** Seed of the random generator: same options, same file. */
  seed: number;
  /** Group columns; default NAT, EU, AFR, ASI, AME, OCE. */
  groups?: readonly string[];
  cellSize?: number;
}

/** Natives, then people born in another EU country, Africa, Asia, the Americas, Oceania. */
export const DEFAULT_GROUPS = ['NAT', 'EU', 'AFR', 'ASI', 'AME', 'OCE'] as const;

/**
 * Yields the CSV text of a synthetic grid in blocks (header first): columns GRD_ID (EU grid id),
 * LAU_CODE, TOT (groups plus a few of unknown origin) and one count column per group.
 */
export function* syntheticGridText(options: SyntheticOptions): Generator<string> {
  const o: Required<SyntheticOptions> = { groups: DEFAULT_GROUPS, cellSize: 100, ...options };
  if (!(o.cells > 0) || !(o.areas > 0) || o.groups.length === 0)
    throw new Error('cells, areas and groups must be positive');
  const rng = new Random(o.seed);
  const W = Math.ceil(Math.sqrt(o.cells * 1.3));
  const H = Math.ceil(o.cells / W);
  const [ax, ay] = tiling(o.areas, W / H);
  const tw = W / ax;
  const th = H / ay;
  const areas = buildAreas(rng, o, tw, th, ax, ay);
  const K = o.groups.length;
  const weights = new Float64Array(K + 1);
  yield `GRD_ID,LAU_CODE,TOT,${o.groups.join(',')}\n`;
  let lines: string[] = [];
  let written = 0;
  for (let r = 0; r < H && written < o.cells; r++) {
    for (let c = 0; c < W && written < o.cells; c++, written++) {
      const area = areas[nearestArea(areas, c + 0.5, r + 0.5, tw, th, ax, ay)];
      const dx = c + 0.5 - area.sx;
      const dy = r + 0.5 - area.sy;
      const park = hash(Math.floor(c / 5), Math.floor(r / 5), o.seed) < 0.03;
      const total = park ? 0 : rng.poisson(area.base + area.peak * Math.exp(-(dx * dx + dy * dy) / (2 * area.sigma2)));
      let sum = 0;
      for (let k = 0; k < K; k++) {
        let w = k === 0 ? 1 - BASE_SHARE.slice(1, K).reduce((s, v) => s + v, 0) : BASE_SHARE[k] * area.factor[k];
        for (const b of area.bumps[k]) {
          const d2 = (c + 0.5 - b.x) ** 2 + (r + 0.5 - b.y) ** 2;
          if (d2 < 16 * b.r2) w *= 1 + b.amp * Math.exp(-d2 / (2 * b.r2));
        }
        weights[k] = w;
        sum += w;
      }
      weights[K] = 0.005 * sum;
      const counts = multinomial(rng, total, weights, sum + weights[K]);
      const y = ORIGIN_Y + r * o.cellSize;
      const x = ORIGIN_X + c * o.cellSize;
      lines.push(`CRS3035RES${o.cellSize}mN${y}E${x},${area.code},${total},${counts.join(',')}`);
      if (lines.length === ROWS_PER_BLOCK) {
        yield lines.join('\n') + '\n';
        lines = [];
      }
    }
  }
  if (lines.length > 0) yield lines.join('\n') + '\n';
}

/**
 * Streams a synthetic grid to `path` (gzip-compressed when it ends in .gz).
 * @returns the number of bytes written.
 */
export async function writeSyntheticGrid(path: string, options: SyntheticOptions): Promise<number> {
  const source = Readable.from(syntheticGridText(options));
  if (path.endsWith('.gz')) await pipeline(source, createGzip({ level: 6 }), createWriteStream(path));
  else await pipeline(source, createWriteStream(path));
  return (await fs.stat(path)).size;
}

/** Command line: --cells N --areas A --seed S [--groups 5|NAT,EU,…] --output FILE[.gz] */
export async function syntheticCli(argv: string[]): Promise<number> {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const output = arg('output');
  if (output === undefined) {
    process.stderr.write('usage: synthetic.ts --cells N --areas A --seed S [--groups 5|NAT,EU,…] --output FILE[.gz]\n');
    return 2;
  }
  const g = arg('groups');
  const groups = g === undefined ? DEFAULT_GROUPS : /^\d+$/.test(g) ? DEFAULT_GROUPS.slice(0, Number(g)) : g.split(',');
  const options = {
    cells: Number(arg('cells') ?? 25_000),
    areas: Number(arg('areas') ?? 5),
    seed: Number(arg('seed') ?? 1),
    groups,
  };
  const bytes = await writeSyntheticGrid(output, options);
  process.stdout.write(`wrote ${options.cells} cells, ${bytes} bytes to ${output}\n`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void syntheticCli(process.argv.slice(2)).then((code) => process.exit(code));
}
