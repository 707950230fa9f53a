import { decomposeInformation, type Decomposition } from './decompose.ts';
import { requireOption } from './errors.ts';
import { type Grid } from './grid.ts';
import { type Compat, type KernelName } from './kernels.ts';
import { type DecompositionUnits } from './options.ts';
import { type SpatialProfile, type SpatialResult } from './result.ts';

/** The decomposition of M and H of all cells over the grid's areas or another grouping of the cells. */
export function decompose(grid: Grid, units: DecompositionUnits): Decomposition {
  if (units === 'areas') {
    requireOption(grid.areaOf !== null, 'a decomposition by area needs an area column');
    return decomposeInformation(grid.groups, grid.counts, grid.areaOf, grid.areaCodes, 'area');
  }
  requireOption(
    units.unitOf.length === grid.cellCount,
    `the decomposition units give ${units.unitOf.length} cells, the grid has ${grid.cellCount}`,
  );
  return decomposeInformation(grid.groups, grid.counts, units.unitOf, units.labels, units.by);
}

/**
 * The multiscalar segregation profile: each spatial index as a curve over the profile's
 * bandwidths, read from the spatial results computed at those bandwidths.
 */
export function spatialProfile(
  spatial: readonly SpatialResult[],
  bandwidths: readonly number[],
  kernel: KernelName,
  compat: Compat,
): SpatialProfile {
  const at = bandwidths.map((b) => spatial.find((s) => s.bandwidth === b) as SpatialResult);
  const groups: Record<string, Record<string, number[]>> = {};
  const multigroup: Record<string, number[]> = {};
  at.forEach((s, j) => {
    for (const [g, indices] of Object.entries(s.groups)) {
      groups[g] ??= {};
      for (const [name, v] of Object.entries(indices))
        (groups[g][name] ??= new Array<number>(at.length).fill(NaN))[j] = v;
    }
    for (const [name, v] of Object.entries(s.multigroup))
      (multigroup[name] ??= new Array<number>(at.length).fill(NaN))[j] = v;
  });
  return { kernel, compat, bandwidths: [...bandwidths], groups, multigroup };
}
