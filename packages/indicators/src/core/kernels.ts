import { IndicatorError } from './errors.ts';

/** Radial kernels; all have support d <= bandwidth. */
export const KERNELS = ['triangular', 'uniform', 'quadratic', 'quartic', 'gaussian'] as const;
export type KernelName = (typeof KERNELS)[number];

/** The two conventions for spatial indices (see README). */
export const COMPATS = ['textbook', 'pysal'] as const;
export type Compat = (typeof COMPATS)[number];

/**
 * Weight of a neighbour at relative distance z = d / b (0 <= z <= 1).
 * textbook: shapes scaled to k(0) = 1 (triangular 1−z, uniform 1, quadratic 1−z²,
 * quartic (1−z²)², gaussian exp(−z²/2)). pysal: libpysal's Kernel constants (uniform 0.5,
 * quadratic ¾(1−z²), quartic 15/16 (1−z²)², gaussian (2π)^−½ exp(−z²/2)); the cell itself
 * always weighs 1 there (segregation's fill_diagonal).
 */
export function kernelWeight(kernel: KernelName, z: number, compat: Compat): number {
  const pysal = compat === 'pysal';
  switch (kernel) {
    case 'triangular':
      return 1 - z;
    case 'uniform':
      return pysal ? 0.5 : 1;
    case 'quadratic':
      return pysal ? (3 / 4) * (1 - z * z) : 1 - z * z;
    case 'quartic': {
      const u = 1 - z * z;
      return pysal ? (15 / 16) * (u * u) : u * u;
    }
    case 'gaussian':
      return pysal ? Math.pow(Math.PI * 2, -0.5) * Math.exp(-(z * z) / 2) : Math.exp(-(z * z) / 2);
  }
}

/**
 * The kernel as a fixed stencil of cell offsets, row by row: for dy = −radius..radius the
 * offsets dx = −half[j]..half[j] (j = dy + radius) have weights
 * weights[start[j] .. start[j] + 2 half[j]], in ascending dx. Rows with half[j] = −1 are empty.
 * Offsets whose weight is 0 (d = b for triangular) are left out.
 */
export interface Stencil {
  radius: number;
  half: Int32Array;
  start: Int32Array;
  weights: Float64Array;
  /** Number of offsets. */
  size: number;
}

/** Builds the stencil of a kernel on a grid of cell size `cellSize` (same unit as bandwidth). */
export function buildStencil(kernel: KernelName, bandwidth: number, cellSize: number, compat: Compat): Stencil {
  if (!(bandwidth > 0) || !Number.isFinite(bandwidth)) {
    throw new IndicatorError('INVALID_OPTION', `bandwidth must be a positive number of metres, got ${bandwidth}`);
  }
  if (!(KERNELS as readonly string[]).includes(kernel)) {
    throw new IndicatorError('INVALID_OPTION', `unknown kernel '${kernel}' (use ${KERNELS.join(', ')})`);
  }
  const radius = Math.floor(bandwidth / cellSize);
  if (radius > 2000) throw new IndicatorError('INVALID_OPTION', `bandwidth ${bandwidth} is over 2000 cells wide`);
  const half = new Int32Array(2 * radius + 1).fill(-1);
  const start = new Int32Array(2 * radius + 2);
  const weights: number[] = [];
  for (let j = 0; j <= 2 * radius; j++) {
    const dy = (j - radius) * cellSize;
    start[j] = weights.length;
    const row: number[] = [];
    for (let dx = 0; dx <= radius; dx++) {
      const d = Math.sqrt(dx * cellSize * (dx * cellSize) + dy * dy);
      if (d > bandwidth) break;
      const w = d === 0 && compat === 'pysal' ? 1 : kernelWeight(kernel, d / bandwidth, compat);
      if (!(w > 0)) break;
      row.push(w);
    }
    if (row.length === 0) continue;
    half[j] = row.length - 1;
    for (let dx = -half[j]; dx <= half[j]; dx++) weights.push(row[Math.abs(dx)]);
  }
  start[2 * radius + 1] = weights.length;
  return { radius, half, start, weights: Float64Array.from(weights), size: weights.length };
}
