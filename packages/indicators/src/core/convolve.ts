import { filterSourceRow, lowerBound, Ring } from './convolve-ring.ts';
import { convolveFromBase } from './convolve-border.ts';
import { type ConvolutionTask } from './convolve-task.ts';

export type { BaseEnvironments, ConvolutionTask } from './convolve-task.ts';

/**
 * Fixed-stencil 2-D convolution, row by row, exploiting the kernel's symmetry:
 * the weights of stencil rows +dy and −dy are equal, and within a row w(dx) = w(−dx).
 * Each source row is filtered once with the 1-D filters of dy = 0..R
 *   H_dy(x) = w(0,dy) v(x) + Σ_{dx>0} w(dx,dy) (v(x−dx) + v(x+dx)),
 * kept in a ring of the last 2R+1 rows, and each target sums Σ_{dy=−R..R} H_|dy|(x, y+dy).
 * That is about a third of the multiply-adds of the direct stencil sum, the inner loops run
 * over contiguous memory, and nothing is allocated per cell. The summation order is fixed,
 * so results do not depend on how rows are split across threads.
 */
export function convolveBand(task: ConvolutionTask): void {
  if (task.from !== undefined && task.from !== null) return convolveFromBase(task);
  const R = task.stencil.radius;
  const W = task.width;
  const ring = Ring.take(R, W);
  const rowBuf = ring.rowBuf;
  for (let c = 0; c < task.sources.length; c++) {
    ring.reset();
    let src = lowerBound(task, task.rowFrom - R);
    let tgt = lowerBound(task, task.rowFrom);
    for (let yy = task.rowFrom - R; yy <= task.rowTo + R; yy++) {
      src = filterSourceRow(task, ring, rowBuf, task.sources[c], src, yy);
      const y = yy - R;
      if (y >= task.rowFrom) tgt = sumTargets(task, ring, task.targets[c], tgt, y);
    }
  }
}

/** Sums the filtered rows for every target cell of row y; returns the next position. */
function sumTargets(task: ConvolutionTask, ring: Ring, target: Float64Array, s: number, y: number): number {
  const { R, W } = ring;
  const data = ring.data;
  const stride = (R + 1) * W;
  const base = ring.rowBase;
  let m = 0;
  for (let dy = -R; dy <= R; dy++) {
    const slot = ring.slotOf(y + dy);
    if (ring.hi[slot] <= ring.lo[slot]) continue;
    base[m++] = slot * stride + (dy < 0 ? -dy : dy) * W;
  }
  const cells = task.cells;
  const rows = task.row;
  const cols = task.col;
  const colMin = task.colMin;
  while (s < task.scopeCount) {
    const i = cells === null ? s : cells[s];
    if (rows[i] !== y) break;
    const x = cols[i] - colMin;
    let acc = 0;
    for (let k = 0; k < m; k++) acc += data[base[k] + x];
    target[i] = acc;
    s++;
  }
  return s;
}
