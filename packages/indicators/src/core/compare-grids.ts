import { compareUnits, type Comparison } from './compare.ts';
import { IndicatorError } from './errors.ts';
import { cellAt, type Grid, type Scope } from './grid.ts';
import { type UnitArrays } from './units.ts';

/** The change of one area (or ALL) between two grids of the same place. */
export type AreaChange = { area: string; cellsFrom: number; cellsTo: number } & Comparison;

/** Options of compareGrids. */
export interface CompareGridsOptions {
  permutations?: number;
  seed?: number;
  atkinsonB?: number;
}

function unitsOf(grid: Grid, scope: Scope): UnitArrays {
  const at = Int32Array.from({ length: scope.count }, (_, s) => cellAt(scope, s));
  return {
    groups: Object.fromEntries(grid.groups.map((g, k) => [g, Array.from(at, (i) => grid.counts[k][i])])),
    total: Array.from(at, (i) => grid.total[i]),
  };
}

/**
 * The change of the aspatial indices between two grids of the same place (two years): for the
 * whole grid and each area both grids have, `to − from` with a random-label permutation test
 * (compareUnits: the cells of both years are pooled and dealt back at random). Both grids need
 * the same groups; areas only one grid has are left out.
 */
export function compareGrids(from: Grid, to: Grid, options: CompareGridsOptions = {}): AreaChange[] {
  if (from.groups.join('\u0000') !== to.groups.join('\u0000'))
    throw new IndicatorError(
      'INVALID_OPTION',
      `both grids need the same groups (${from.groups.join(', ')} vs ${to.groups.join(', ')})`,
    );
  const scopesTo = new Map(to.scopes.map((s) => [s.label, s]));
  const changes: AreaChange[] = [];
  from.scopes.forEach((a, n) => {
    const b = scopesTo.get(a.label);
    if (b === undefined || a.count === 0 || b.count === 0) return;
    const comparison = compareUnits(unitsOf(to, b), unitsOf(from, a), {
      ...options,
      // Each area draws from its own stream, so adding an area does not change the others.
      seed: ((options.seed ?? 1) + n * 7919) >>> 0,
    });
    changes.push({ area: a.label, cellsFrom: a.count, cellsTo: b.count, ...comparison });
  });
  return changes;
}
