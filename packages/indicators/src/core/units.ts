import { computeAspatial, type UnitView } from './aspatial.ts';
import { IndicatorError } from './errors.ts';
import { type AspatialResult } from './indices.ts';
import { toFloat64 } from './typed.ts';

/** Areal units (census tracts, districts, grid cells without geometry) as plain arrays. */
export interface UnitArrays {
  /** Counts per group, one entry per unit, in reporting order. */
  groups: Readonly<Record<string, ArrayLike<number>>>;
  /** Total population per unit; defaults to the sum of the groups. */
  total?: ArrayLike<number>;
  /** Unit areas (any unit) for delta; defaults to equal areas. */
  unitAreas?: ArrayLike<number>;
}

/**
 * Aspatial single-group and multigroup indices for plain unit arrays (no grid needed).
 * Checks that counts are finite, non-negative and within the total.
 */
export function computeAspatialForUnits(units: UnitArrays, options: { atkinsonB?: number } = {}): AspatialResult {
  return computeAspatial(unitView(units), options.atkinsonB ?? 0.5);
}

/** Validates unit arrays and wraps them as a UnitView. */
export function unitView(units: UnitArrays): UnitView {
  const groups = Object.keys(units.groups);
  if (groups.length === 0) throw new IndicatorError('INVALID_OPTION', 'at least one group is required');
  const counts = groups.map((g) => toFloat64(units.groups[g]));
  const n = counts[0].length;
  const total = units.total !== undefined ? toFloat64(units.total) : new Float64Array(n);
  const groupTotals = new Float64Array(groups.length);
  let population = 0;
  let totalIsGroupSum = true;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    counts.forEach((c, k) => {
      if (c.length !== n)
        throw new IndicatorError('INVALID_OPTION', `group ${groups[k]} has ${c.length} units, expected ${n}`);
      if (!(c[i] >= 0))
        throw new IndicatorError('NEGATIVE_COUNT', `${groups[k]}[${i}] = ${c[i]} is not a non-negative number`);
      sum += c[i];
      groupTotals[k] += c[i];
    });
    if (units.total === undefined) total[i] = sum;
    else if (!(total[i] >= sum - 1e-9 * sum)) {
      throw new IndicatorError(
        'GROUPS_EXCEED_TOTAL',
        `unit ${i}: groups add up to ${sum}, above the total ${total[i]}`,
      );
    }
    if (total[i] !== sum) totalIsGroupSum = false;
    population += total[i];
  }
  const unitAreas = units.unitAreas !== undefined ? toFloat64(units.unitAreas) : null;
  return { groups, counts, total, cells: null, n, groupTotals, population, unitAreas, totalIsGroupSum };
}
