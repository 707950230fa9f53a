import { requireOption } from './errors.ts';
import { type Grid } from './grid.ts';

/** Queen contiguity (the 8 surrounding cells) or every cell whose centre lies within a distance (metres). */
export type Neighbourhood = 'queen' | { distance: number };

/** Neighbour lists of the lattice's cells, by position in the lattice (compressed rows). */
export interface NeighbourLists {
  /** Grid cell index of each lattice position. */
  readonly cells: Int32Array;
  /** Neighbours of position s: list[start[s] .. start[s + 1]) (positions in the lattice). */
  readonly start: Int32Array;
  readonly list: Int32Array;
}

/** The (dx, dy) cell offsets of a neighbourhood, without (0, 0). */
export function neighbourOffsets(n: Neighbourhood, cellSize: number): [number, number][] {
  const out: [number, number][] = [];
  if (n === 'queen') {
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (dx !== 0 || dy !== 0) out.push([dx, dy]);
    return out;
  }
  requireOption(
    Number.isFinite(n.distance) && n.distance >= cellSize,
    `the neighbour distance must be at least one cell (${cellSize} m), got ${n.distance}`,
  );
  const r = n.distance / cellSize;
  const R = Math.floor(r + 1e-9);
  for (let dy = -R; dy <= R; dy++)
    for (let dx = -R; dx <= R; dx++)
      if ((dx !== 0 || dy !== 0) && dx * dx + dy * dy <= r * r + 1e-9) out.push([dx, dy]);
  return out;
}

/**
 * Neighbour lists over the listed cells where `member[i]` is set (other cells are no
 * neighbours). Cells are found by binary search on their (row, col) order, so sparse grids
 * with large bounding boxes need no raster.
 */
export function neighbourLists(grid: Grid, member: Uint8Array, n: Neighbourhood): NeighbourLists {
  const offsets = neighbourOffsets(n, grid.cellSize);
  const W = grid.width + 1;
  const count = member.reduce((s, v) => s + v, 0);
  const cells = new Int32Array(count);
  const keys = new Float64Array(count);
  let m = 0;
  for (let i = 0; i < grid.cellCount; i++)
    if (member[i]) {
      cells[m] = i;
      keys[m++] = grid.row[i] * W + grid.col[i];
    }
  const find = (key: number): number => {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid];
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const start = new Int32Array(count + 1);
  const list: number[] = [];
  for (let s = 0; s < count; s++) {
    const i = cells[s];
    for (const [dx, dy] of offsets) {
      const c = grid.col[i] + dx;
      const r = grid.row[i] + dy;
      if (c < 0 || r < 0 || c >= grid.width || r >= grid.height) continue;
      const at = find(r * W + c);
      if (at >= 0) list.push(at);
    }
    start[s + 1] = list.length;
  }
  return { cells, start, list: Int32Array.from(list) };
}
