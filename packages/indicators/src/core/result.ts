import {
  type GroupIndices,
  type MultigroupIndices,
  type SpatialGroupIndices,
  type SpatialMultigroupIndices,
} from './indices.ts';
import { type Comparison } from './compare.ts';
import { type Decomposition } from './decompose.ts';
import { type ScopeInference } from './inference.ts';
import { type SpatialInference } from './spatial-inference.ts';
import { type Compat, type KernelName } from './kernels.ts';

/** Spatial indices for one kernel and bandwidth. */
export interface SpatialResult {
  kernel: KernelName;
  bandwidth: number;
  compat: Compat;
  groups: Record<string, SpatialGroupIndices>;
  multigroup: SpatialMultigroupIndices;
  /** Permutation tests of these indices (with inference.spatialPermutations; see inferSpatial). */
  inference?: SpatialInference;
}

/** Everything reported for one area (or 'ALL'). */
export interface AreaResult {
  area: string;
  cells: number;
  population: number;
  groups: Record<string, GroupIndices>;
  multigroup: MultigroupIndices;
  spatial: SpatialResult[];
  /** p-values and intervals of the aspatial indices (with options.inference). */
  inference?: ScopeInference;
  /** The spatial indices across the profile's bandwidths (with options.profile). */
  profile?: SpatialProfile;
  /** M and H split between and within units (all cells only, with options.decomposition). */
  decomposition?: Decomposition;
}

/** Each spatial index as a curve over bandwidths (values in the order of `bandwidths`). */
export interface SpatialProfile {
  kernel: KernelName;
  compat: Compat;
  bandwidths: number[];
  groups: Record<string, Record<string, number[]>>;
  multigroup: Record<string, number[]>;
}

/** The output of computeIndicators; serialises to the documented JSON. */
export interface IndicatorResult {
  areas: AreaResult[];
  /** Two areas compared (the command line's --compare). */
  comparison?: AreaComparison;
}

/** The comparison of two areas by random labels (compareUnits). */
export type AreaComparison = { a: string; b: string } & Comparison;

/** Reports progress as a fraction in [0, 1] with the current phase. */
export type ProgressCallback = (fraction: number, phase: string) => void;
