import { ALL, type Grid, type Scope } from './grid.ts';
import { allocInt32 } from './typed.ts';

type GridBase = Omit<Grid, 'scopes'>;

/**
 * Builds the ALL scope and one scope per area. Area cells keep the grid's (row, col) order
 * (a stable counting sort by area), so every scope can be swept row by row, and its rows are
 * bounded by its first and last cells'. The sums of every
 * scope are taken in one pass over the cells, each in the scope's cell order.
 */
export function buildScopes(grid: GridBase): Scope[] {
  if (grid.areaOf === null) return [summarise(grid)];
  const n = grid.cellCount;
  const k = grid.groups.length;
  const areaOf = grid.areaOf;
  const nAreas = grid.areaCodes.length;
  // Slot 0 gathers ALL, slot a + 1 area a.
  const count = new Int32Array(nAreas + 1);
  const population = new Float64Array(nAreas + 1);
  const groupTotals = new Float64Array((nAreas + 1) * k);
  const box = new Float64Array((nAreas + 1) * 4);
  for (let s = 0; s <= nAreas; s++) box.set([Infinity, -Infinity, Infinity, -Infinity], s * 4);
  const { total, counts, row, col } = grid;
  for (let i = 0; i < n; i++) {
    const a = areaOf[i] + 1;
    count[a]++;
    const t = total[i];
    population[0] += t;
    population[a] += t;
    const ga = a * k;
    for (let g = 0; g < k; g++) {
      const v = counts[g][i];
      groupTotals[g] += v;
      groupTotals[ga + g] += v;
    }
    const c = col[i];
    const b = a * 4;
    if (c < box[b + 2]) box[b + 2] = c;
    if (c > box[b + 3]) box[b + 3] = c;
  }
  const start = new Int32Array(nAreas + 1);
  for (let a = 0; a < nAreas; a++) start[a + 1] = start[a] + count[a + 1];
  const next = start.slice(0, nAreas);
  const cells = allocInt32(n);
  for (let i = 0; i < n; i++) cells[next[areaOf[i]]++] = i;
  // Cells are in (row, col) order, and so are each area's: the first and last rows bound them.
  if (n > 0) box.set([row[0], row[n - 1]], 0);
  for (let a = 0; a < nAreas; a++) {
    const b = (a + 1) * 4;
    if (start[a + 1] > start[a]) box.set([row[cells[start[a]]], row[cells[start[a + 1] - 1]]], b);
    box[2] = Math.min(box[2], box[b + 2]);
    box[3] = Math.max(box[3], box[b + 3]);
  }
  const scope = (s: number, label: string, block: Int32Array | null, size: number): Scope => ({
    label,
    cells: block,
    count: size,
    rowMin: box[s * 4],
    rowMax: box[s * 4 + 1],
    colMin: box[s * 4 + 2],
    colMax: box[s * 4 + 3],
    groupTotals: groupTotals.slice(s * k, s * k + k),
    population: population[s],
  });
  const scopes: Scope[] = [scope(0, ALL, null, n)];
  for (let a = 0; a < nAreas; a++) {
    scopes.push(scope(a + 1, grid.areaCodes[a], cells.subarray(start[a], start[a + 1]), start[a + 1] - start[a]));
  }
  return scopes;
}

/** The ALL scope of a grid without areas. */
function summarise(grid: GridBase): Scope {
  const k = grid.groups.length;
  const count = grid.cellCount;
  const groupTotals = new Float64Array(k);
  let population = 0;
  let rowMin = Infinity;
  let rowMax = -Infinity;
  let colMin = Infinity;
  let colMax = -Infinity;
  for (let i = 0; i < count; i++) {
    population += grid.total[i];
    for (let g = 0; g < k; g++) groupTotals[g] += grid.counts[g][i];
    const r = grid.row[i];
    const c = grid.col[i];
    if (r < rowMin) rowMin = r;
    if (r > rowMax) rowMax = r;
    if (c < colMin) colMin = c;
    if (c > colMax) colMax = c;
  }
  return { label: ALL, cells: null, count, rowMin, rowMax, colMin, colMax, groupTotals, population };
}
