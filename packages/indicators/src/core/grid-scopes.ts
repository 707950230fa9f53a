import { ALL, type Grid, type Scope } from './grid.ts';
import { allocInt32 } from './typed.ts';

type GridBase = Omit<Grid, 'scopes'>;

/**
 * Builds the ALL scope and one scope per area. Area cells keep the grid's (row, col) order
 * (a stable counting sort by area), so every scope can be swept row by row.
 */
export function buildScopes(grid: GridBase): Scope[] {
  const all = summarise(grid, null, ALL, grid.cellCount);
  if (grid.areaOf === null) return [all];
  const areaOf = grid.areaOf;
  const nAreas = grid.areaCodes.length;
  const start = new Int32Array(nAreas + 1);
  for (let i = 0; i < grid.cellCount; i++) start[areaOf[i] + 1]++;
  for (let a = 0; a < nAreas; a++) start[a + 1] += start[a];
  const next = start.slice(0, nAreas);
  const cells = allocInt32(grid.cellCount);
  for (let i = 0; i < grid.cellCount; i++) cells[next[areaOf[i]]++] = i;
  const scopes: Scope[] = [all];
  for (let a = 0; a < nAreas; a++) {
    const block = cells.subarray(start[a], start[a + 1]);
    scopes.push(summarise(grid, block, grid.areaCodes[a], block.length));
  }
  return scopes;
}

function summarise(grid: GridBase, cells: Int32Array | null, label: string, count: number): Scope {
  const k = grid.groups.length;
  const groupTotals = new Float64Array(k);
  let population = 0;
  let rowMin = Infinity;
  let rowMax = -Infinity;
  let colMin = Infinity;
  let colMax = -Infinity;
  for (let s = 0; s < count; s++) {
    const i = cells === null ? s : cells[s];
    population += grid.total[i];
    for (let g = 0; g < k; g++) groupTotals[g] += grid.counts[g][i];
    const r = grid.row[i];
    const c = grid.col[i];
    if (r < rowMin) rowMin = r;
    if (r > rowMax) rowMax = r;
    if (c < colMin) colMin = c;
    if (c > colMax) colMax = c;
  }
  return { label, cells, count, rowMin, rowMax, colMin, colMax, groupTotals, population };
}
