import { computeAspatialScopes, type GiniWorkspace, type ScopeTotals } from './aspatial.ts';

import { ALL, cellAt, type Grid, type Scope } from './grid.ts';
import { type SpatialGroupIndices, type SpatialMultigroupIndices } from './indices.ts';
import { roundHalfEven } from './numeric.ts';
import { type Environments } from './spatial-textbook.ts';

type SpatialIndices = { groups: Record<string, SpatialGroupIndices>; multigroup: SpatialMultigroupIndices };

/**
 * Spatial indices as PySAL `segregation` 2.x computes them: every listed cell's environment
 * counts, rounded half to even, replace its raw counts, and the aspatial formulas run on them.
 * The group and the total are smoothed and rounded separately (single-group indices); the
 * multigroup indices use the rounded group environments and their sum.
 * `scopes`: ALL and/or areas, each covering its cells' environments; the environment arrays
 * are rounded in place over those cells. One pass serves every scope.
 */
export function pysalSpatial(
  grid: Grid,
  scopes: readonly Scope[],
  env: Environments,
  atkinsonB: number,
  workspace?: GiniWorkspace,
): SpatialIndices[] {
  const total = env.total;
  if (total === null) throw new Error('the pysal convention needs the environment of the total column');
  const K = env.groups.length;
  const includeAll = scopes[0].label === ALL;
  const areas = includeAll ? scopes.slice(1) : scopes;
  let sameTotals = true;
  const totals: ScopeTotals[] = scopes.map((scope) => {
    const groupTotals = new Float64Array(K);
    let population = 0;
    for (let s = 0; s < scope.count; s++) {
      const i = cellAt(scope, s);
      let sum = 0;
      for (let k = 0; k < K; k++) {
        const v = roundHalfEven(env.groups[k][i]);
        env.groups[k][i] = v;
        groupTotals[k] += v;
        sum += v;
      }
      total[i] = roundHalfEven(total[i]);
      population += total[i];
      if (total[i] !== sum) sameTotals = false;
    }
    return { groupTotals, population, count: scope.count, cells: scope.cells };
  });
  const results = computeAspatialScopes(
    {
      groups: grid.groups,
      counts: env.groups,
      total,
      cells: null,
      n: grid.cellCount,
      includeAll,
      areaOf: areas.length > 0 ? grid.areaOf : null,
      scopes: totals,
      unitAreas: null,
      totalIsGroupSum: sameTotals,
    },
    atkinsonB,
    workspace,
  );
  return results.map((r) => ({
    groups: Object.fromEntries(
      grid.groups.map((name) => {
        const g = r.groups[name];
        const picked: SpatialGroupIndices = {
          dissimilarity: g.dissimilarity,
          entropy: g.entropy,
          gini: g.gini,
          isolation: g.isolation,
          exposure: g.exposure,
          atkinson: g.atkinson,
          correlation_ratio: g.correlation_ratio,
        };
        return [name, picked];
      }),
    ),
    multigroup: {
      information_theory: r.multigroup.information_theory,
      dissimilarity: r.multigroup.dissimilarity,
      relative_diversity: r.multigroup.relative_diversity,
      gini: r.multigroup.gini,
      normalized_exposure: r.multigroup.normalized_exposure,
      squared_coefficient_of_variation: r.multigroup.squared_coefficient_of_variation,
      divergence: r.multigroup.divergence,
    },
  }));
}
