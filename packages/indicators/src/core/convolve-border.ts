import { lowerBound } from './convolve-ring.ts';
import { type ConvolutionTask } from './convolve-task.ts';

/**
 * An area's environments from the all-cells environments of the same kernel (`task.base`).
 * A cell whose stencil holds no listed cell of another area has the same environment either
 * way, summed in the same order, so it is copied. Only the other cells, near a border, are
 * summed here, term by term in the order convolveBand uses: per stencil row dy = −R..R,
 *   H(x) = w0 v(x) + Σ_{dx=1..h} w_dx (v(x−dx) + v(x+dx)),
 * added up in ascending dy (rows without a cell of the area add an exact zero there), so
 * every environment is bit for bit the one the area's own convolution gives.
 */
export function convolveFromBase(task: ConvolutionTask): void {
  const from = task.from;
  if (from === undefined || from === null) throw new Error('convolveFromBase needs the all-cells environments');
  const { half, start, weights } = task.stencil;
  const R = task.stencil.radius;
  const W = task.width;
  const C = task.sources.length;
  const slots = 2 * R + 1;
  const span = W + 2 * R;
  /** Per source row slot: the area's values (channel-major, R zero columns each side). */
  const values = new Float64Array(slots * C * span);
  /** Per source row slot: other[x + 1] = listed cells of other areas in columns < x (prefix counts). */
  const other = new Int32Array(slots * (span + 1));
  /** Per column: listed cells of other areas in the rows held (the square around a target row). */
  const window = new Int32Array(span);
  /** square[p] = columns before p whose window count is not 0 (prefix). */
  const square = new Int32Array(span + 1);
  const slotRow = new Int32Array(slots).fill(-0x7fffffff);
  const slotFill: Array<[number, number]> = Array.from({ length: slots }, () => [0, 0]);
  const { row, col, cells } = task;
  const areaOf = from.areaOf;
  const area = from.area;
  const n = from.cellCount;
  const border = from.border;
  const colMin = task.colMin;
  let s = lowerBound(task, task.rowFrom);
  for (let y = task.rowFrom; y <= task.rowTo; y++) {
    const rowStart = s;
    while (s < task.scopeCount && row[(cells as Int32Array)[s]] === y) s++;
    if (s === rowStart) continue;
    for (let yy = y - R; yy <= y + R; yy++) loadRow(yy);
    for (let p = 0; p < span; p++) square[p + 1] = square[p] + (window[p] > 0 ? 1 : 0);
    for (let q = rowStart; q < s; q++) {
      const i = (cells as Int32Array)[q];
      const x = col[i] - colMin;
      if (square[x + 2 * R + 1] === square[x] || interior(x, y)) {
        if (border === null) for (let c = 0; c < C; c++) task.targets[c][i] = from.base[c][i];
        continue;
      }
      if (border !== null) border[i] = 1;
      for (let c = 0; c < C; c++) {
        let acc = 0;
        for (let dy = -R; dy <= R; dy++) {
          const d = dy < 0 ? -dy : dy;
          const h = half[R + d];
          if (h < 0) continue;
          const wc = start[R + d] + h;
          const v = slotOf(y + dy) * C * span + c * span + x + R;
          let a = weights[wc] * values[v];
          for (let dx = 1; dx <= h; dx++) a += weights[wc + dx] * (values[v - dx] + values[v + dx]);
          acc += a;
        }
        task.targets[c][i] = acc;
      }
    }
  }

  function slotOf(r: number): number {
    const m = r % slots;
    return m < 0 ? m + slots : m;
  }

  /** Whether no listed cell of another area lies within the stencil of (x, y). */
  function interior(x: number, y: number): boolean {
    for (let dy = -R; dy <= R; dy++) {
      const h = half[R + (dy < 0 ? -dy : dy)];
      if (h < 0) continue;
      const o = slotOf(y + dy) * (span + 1);
      if (other[o + x + R + h + 1] - other[o + x + R - h] !== 0) return false;
    }
    return true;
  }

  /** Fills the slot of source row yy (once): the area's values and the prefix counts of other areas' cells. */
  function loadRow(yy: number): void {
    const slot = slotOf(yy);
    if (slotRow[slot] === yy) return;
    const vBase = slot * C * span;
    const [fillFrom, fillTo] = slotFill[slot];
    for (let c = 0; c < C; c++) values.fill(0, vBase + c * span + fillFrom, vBase + c * span + fillTo);
    const o = slot * (span + 1);
    const counts = other.subarray(o, o + span + 1);
    if (slotRow[slot] !== -0x7fffffff) for (let p = 0; p < span; p++) window[p] -= counts[p + 1] - counts[p];
    counts.fill(0);
    let lo = span;
    let hi = 0;
    const g0 = lowerBoundGrid(yy, colMin - R);
    for (let g = g0; g < n && row[g] === yy; g++) {
      const p = col[g] - colMin + R;
      if (p >= span) break;
      if (areaOf[g] === area) {
        for (let c = 0; c < C; c++) values[vBase + c * span + p] = task.sources[c][g];
        if (p < lo) lo = p;
        if (p + 1 > hi) hi = p + 1;
      } else {
        counts[p + 1] = 1;
        window[p]++;
      }
    }
    for (let p = 1; p <= span; p++) counts[p] += counts[p - 1];
    slotFill[slot] = hi > lo ? [lo, hi] : [0, 0];
    slotRow[slot] = yy;
  }

  /** First grid cell at or after (r, c); the grid's cells are sorted by (row, col). */
  function lowerBoundGrid(r: number, c: number): number {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (row[mid] < r || (row[mid] === r && col[mid] < c)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
