import { type Random } from './synthetic-random.ts';

/** The spatial model behind the synthetic grids: areas, densities, enclaves. */

/** Mean share of each group but the first (natives), before local variation. */
export const BASE_SHARE = [0, 0.05, 0.03, 0.03, 0.015, 0.004, 0.01, 0.01];
/** Lower-left corner of the synthetic block, EPSG:3035 metres. */
export const ORIGIN_X = 4_300_000;
export const ORIGIN_Y = 2_800_000;

/** A Gaussian enclave raising a group's share around (x, y). */
interface Bump {
  x: number;
  y: number;
  r2: number;
  amp: number;
}

/** One fictitious area: its centre, population density profile and group enclaves. */
export interface AreaModel {
  code: string;
  sx: number;
  sy: number;
  base: number;
  peak: number;
  sigma2: number;
  factor: number[];
  bumps: Bump[][];
}

/** Splits `areas` into ax × ay tiles with ax·ay = areas and ax/ay close to the grid's aspect. */
export function tiling(areas: number, aspect: number): [number, number] {
  let best: [number, number] = [areas, 1];
  for (let ax = 1; ax <= areas; ax++) {
    if (areas % ax !== 0) continue;
    const ay = areas / ax;
    if (Math.abs(Math.log(ax / ay / aspect)) < Math.abs(Math.log(best[0] / best[1] / aspect))) best = [ax, ay];
  }
  return best;
}

/** Draws the areas' centres (jittered tile centres), densities and enclaves. */
export function buildAreas(
  rng: Random,
  o: { areas: number; groups: readonly string[] },
  tw: number,
  th: number,
  ax: number,
  ay: number,
): AreaModel[] {
  const width = String(o.areas).length < 2 ? 2 : String(o.areas).length;
  const out: AreaModel[] = [];
  for (let a = 0; a < ax * ay; a++) {
    const i = a % ax;
    const j = Math.floor(a / ax);
    const sx = (i + 0.25 + 0.5 * rng.next()) * tw;
    const sy = (j + 0.25 + 0.5 * rng.next()) * th;
    const size = Math.min(tw, th);
    const bumps = o.groups.map((_, k) =>
      k === 0
        ? []
        : Array.from({ length: 3 }, () => {
            const r = size * (0.02 + 0.06 * rng.next());
            return {
              x: sx + (rng.next() - 0.5) * tw * 0.8,
              y: sy + (rng.next() - 0.5) * th * 0.8,
              r2: r * r,
              amp: 2 + 10 * rng.next(),
            };
          }),
    );
    out.push({
      code: `SYN-${String(a + 1).padStart(width, '0')}`,
      sx,
      sy,
      base: 2 + 6 * rng.next(),
      peak: 40 + 80 * rng.next(),
      sigma2: (0.35 * size) ** 2,
      factor: o.groups.map(() => 0.5 + 1.5 * rng.next()),
      bumps,
    });
  }
  return out;
}

/** The area whose (jittered) centre is nearest to (x, y), searching the 3 x 3 tiles around it. */
export function nearestArea(
  areas: AreaModel[],
  x: number,
  y: number,
  tw: number,
  th: number,
  ax: number,
  ay: number,
): number {
  const ti = Math.min(ax - 1, Math.floor(x / tw));
  const tj = Math.min(ay - 1, Math.floor(y / th));
  let best = 0;
  let bestD = Infinity;
  for (let j = Math.max(0, tj - 1); j <= Math.min(ay - 1, tj + 1); j++) {
    for (let i = Math.max(0, ti - 1); i <= Math.min(ax - 1, ti + 1); i++) {
      const a = areas[j * ax + i];
      const d = (a.sx - x) ** 2 + (a.sy - y) ** 2;
      if (d < bestD) {
        bestD = d;
        best = j * ax + i;
      }
    }
  }
  return best;
}

/** Sequential-binomial multinomial draw; the last weight (unknown origin) is not returned. */
export function multinomial(rng: Random, n: number, w: Float64Array, sum: number): number[] {
  const out: number[] = [];
  let left = n;
  let mass = sum;
  for (let k = 0; k < w.length - 1; k++) {
    const x = left > 0 ? rng.binomial(left, Math.min(1, w[k] / mass)) : 0;
    out.push(x);
    left -= x;
    mass -= w[k];
  }
  return out;
}

/** A hash of integer coordinates into [0, 1), for stable park blocks. */
export function hash(a: number, b: number, seed: number): number {
  let h = Math.imul(a ^ 0x27d4eb2d, 0x165667b1) ^ Math.imul(b ^ seed, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  h ^= h >>> 13;
  return (h >>> 0) / 4294967296;
}
