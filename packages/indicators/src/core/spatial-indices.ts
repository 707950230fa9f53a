import { type GiniWorkspace } from './aspatial.ts';
import { type Grid } from './grid.ts';
import { type SpatialGroupIndices, type SpatialMultigroupIndices } from './indices.ts';
import { type Compat } from './kernels.ts';
import { pysalSpatial } from './spatial-pysal.ts';
import { textbookSpatial, textbookSpatialPaired, type Environments } from './spatial-textbook.ts';

/** The spatial indices of one scope. */
export type SpatialIndices = { groups: Record<string, SpatialGroupIndices>; multigroup: SpatialMultigroupIndices };

/** The observed spatial indices of some scopes from their environments (on any thread: arrays may be shared). */
export interface SpatialJob {
  grid: Grid;
  /** Positions in grid.scopes. */
  scopes: number[];
  env: Environments;
  compat: Compat;
  atkinsonB: number;
}

/** Computes a SpatialJob: the same numbers whichever thread runs it. */
export function spatialIndices(job: SpatialJob, gini?: GiniWorkspace): SpatialIndices[] {
  const scopes = job.scopes.map((n) => job.grid.scopes[n]);
  return job.compat === 'pysal'
    ? pysalSpatial(job.grid, scopes, job.env, job.atkinsonB, gini)
    : scopes.map((scope) => textbookSpatial(job.grid, scope, job.env));
}

/**
 * The textbook indices of all cells (`all`) and of every area (`areas`, environments starting
 * from all's) in one pass: cells away from area borders share their terms. Same numbers as
 * spatialIndices of each job. `border`: when given, the areas' environments hold only the
 * cells marked 1 (see SpatialStep.border).
 */
export function pairedSpatialIndices(
  all: SpatialJob,
  areas: SpatialJob,
  border: Uint8Array | null,
): [SpatialIndices[], SpatialIndices[]] {
  const grid = all.grid;
  const [first, ...rest] = textbookSpatialPaired(
    grid,
    grid.scopes[all.scopes[0]],
    all.env,
    areas.scopes.map((n) => grid.scopes[n]),
    areas.env,
    border,
  );
  return [[first], rest];
}
