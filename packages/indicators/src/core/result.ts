import {
  type GroupIndices,
  type MultigroupIndices,
  type SpatialGroupIndices,
  type SpatialMultigroupIndices,
} from './indices.ts';
import { type Compat, type KernelName } from './kernels.ts';

/** Spatial indices for one kernel and bandwidth. */
export interface SpatialResult {
  kernel: KernelName;
  bandwidth: number;
  compat: Compat;
  groups: Record<string, SpatialGroupIndices>;
  multigroup: SpatialMultigroupIndices;
}

/** Everything reported for one area (or 'ALL'). */
export interface AreaResult {
  area: string;
  cells: number;
  population: number;
  groups: Record<string, GroupIndices>;
  multigroup: MultigroupIndices;
  spatial: SpatialResult[];
}

/** The output of computeIndicators; serialises to the documented JSON. */
export interface IndicatorResult {
  areas: AreaResult[];
}

/** Reports progress as a fraction in [0, 1] with the current phase. */
export type ProgressCallback = (fraction: number, phase: string) => void;
