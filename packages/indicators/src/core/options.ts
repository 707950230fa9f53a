import { requireOption } from './errors.ts';
import { COMPATS, KERNELS, type Compat, type KernelName } from './kernels.ts';
import { type MoranEmptyCells } from './moran.ts';
import { resolveInference, type InferenceOptions, type ResolvedInference } from './inference.ts';
import { type HotspotOptions } from './hotspots.ts';

/** Which cells form the areas M and H are decomposed over: the grid's areas, or any grouping. */
export type DecompositionUnits = 'areas' | { by: string; unitOf: Int32Array; labels: readonly string[] };

/** Options of computeIndicators and computeLocalLayers. */
export interface IndicatorOptions {
  /** Kernel bandwidths in metres for the spatial indices; none = aspatial only. */
  bandwidths?: readonly number[];
  /** Kernel shape (default 'triangular'). */
  kernel?: KernelName;
  /** Convention for spatial indices and smoothed layers (default 'textbook'). */
  compat?: Compat;
  /** Atkinson shape parameter b, 0 < b < 1 (default 0.5). */
  atkinsonB?: number;
  /** Also report each area separately (default true when the grid has areas). */
  areas?: boolean;
  /**
   * 'area' (default): an area's environments use that area's cells only, as if it were the
   * whole input. 'all': environments reach across area borders.
   */
  environmentScope?: 'area' | 'all';
  /** Moran's I: listed empty cells count as share 0 ('zero', default) or leave the lattice. */
  moranEmptyCells?: MoranEmptyCells;
  /** Threads for kernel environments (default: every core; 1 = calling thread only). */
  threads?: number;
  /** Permutation tests and bootstrap intervals of the aspatial indices (default none). */
  inference?: InferenceOptions | null;
  /** Bandwidths (metres) of the multiscalar profile of the spatial indices (default none). */
  profile?: readonly number[];
  /** Decompose M and H of all cells over these units (default none). */
  decomposition?: DecompositionUnits | null;
  /** Local layers: add local Moran's I and Gi* of each location quotient (default none). */
  hotspots?: HotspotOptions | null;
}

/** IndicatorOptions with defaults filled in and values checked. */
export type ResolvedOptions = Required<
  Omit<IndicatorOptions, 'threads' | 'inference' | 'profile' | 'decomposition' | 'hotspots'>
> & {
  threads: number;
  inference: ResolvedInference | null;
  profile: number[];
  decomposition: DecompositionUnits | null;
  hotspots: HotspotOptions | null;
};

/** Checks options and fills defaults; throws INVALID_OPTION naming the option at fault. */
export function resolveOptions(options: IndicatorOptions, defaultThreads = 1): ResolvedOptions {
  const kernel = options.kernel ?? 'triangular';
  const compat = options.compat ?? 'textbook';
  const atkinsonB = options.atkinsonB ?? 0.5;
  const bandwidths = [...(options.bandwidths ?? [])];
  requireOption(
    (KERNELS as readonly string[]).includes(kernel),
    `kernel must be one of ${KERNELS.join(', ')}, got '${kernel}'`,
  );
  requireOption(
    (COMPATS as readonly string[]).includes(compat),
    `compat must be one of ${COMPATS.join(', ')}, got '${compat}'`,
  );
  requireOption(atkinsonB > 0 && atkinsonB < 1, `atkinsonB must lie strictly between 0 and 1, got ${atkinsonB}`);
  const profile = [...(options.profile ?? [])];
  for (const b of [...bandwidths, ...profile])
    requireOption(Number.isFinite(b) && b > 0, `bandwidth must be a positive number of metres, got ${b}`);
  const inference =
    options.inference &&
    ((options.inference.permutations ?? 0) > 0 ||
      (options.inference.bootstrap ?? 0) > 0 ||
      (options.inference.spatialPermutations ?? 0) > 0)
      ? resolveInference(options.inference)
      : null;
  const environmentScope = options.environmentScope ?? 'area';
  requireOption(environmentScope === 'area' || environmentScope === 'all', `environmentScope must be 'area' or 'all'`);
  const moranEmptyCells = options.moranEmptyCells ?? 'zero';
  requireOption(
    moranEmptyCells === 'zero' || moranEmptyCells === 'exclude',
    `moranEmptyCells must be 'zero' or 'exclude'`,
  );
  const threads = options.threads ?? defaultThreads;
  requireOption(Number.isInteger(threads) && threads >= 1, `threads must be a positive integer, got ${threads}`);
  return {
    bandwidths,
    kernel,
    compat,
    atkinsonB,
    areas: options.areas ?? true,
    environmentScope,
    moranEmptyCells,
    threads,
    inference,
    profile,
    decomposition: options.decomposition ?? null,
    hotspots: options.hotspots ?? null,
  };
}
