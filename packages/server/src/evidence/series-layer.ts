import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { getLayer, type LayerView } from './layer-service.ts';
import { getSeries } from './series-service.ts';

/** Offsets keep a cell's key positive; grids are far smaller than 2^20 cells across. */
const SHIFT = 2 ** 20;
const key = (col: number, row: number) => (col + SHIFT) * 2 ** 21 + (row + SHIFT);

/**
 * The change of a local layer between two years of a series, on the later year's cells:
 * value(to) − value(from) where both years list the cell, undefined (NaN) elsewhere. The two
 * grids must share a lattice (same cell size, origins a whole number of cells apart).
 */
export async function getChangeLayer(
  db: Queryable,
  user: User | null,
  seriesId: string,
  layer: string,
  fromYear?: string,
  toYear?: string,
): Promise<LayerView & { fromYear: string; toYear: string }> {
  const series = await getSeries(db, user, seriesId);
  const runs = series.runs;
  const pick = (year: string | undefined, fallback: number, field: string) => {
    if (year === undefined) return runs[fallback]!;
    const found = runs.find((r) => r.year === year);
    if (!found)
      throw new AppError(
        'validation_failed',
        `${field}: the series has no year ${year} (years: ${runs.map((r) => r.year).join(', ')})`,
        field,
      );
    return found;
  };
  if (runs.length < 2) throw new AppError('conflict', `Series "${seriesId}" has fewer than two runs left`, 'id');
  const from = pick(fromYear, 0, 'from');
  const to = pick(toYear, runs.length - 1, 'to');
  // The series' visibility decides: a public series holds public runs only.
  const [a, b] = await Promise.all([getLayer(db, user, from.run_id, layer), getLayer(db, user, to.run_id, layer)]);
  const dx = (a.originX - b.originX) / b.cellSize;
  const dy = (a.originY - b.originY) / b.cellSize;
  if (a.cellSize !== b.cellSize || !Number.isInteger(dx) || !Number.isInteger(dy))
    throw new AppError('conflict', `The grids of ${from.year} and ${to.year} do not share a lattice of cells`, 'from');
  const before = new Map<number, number>();
  for (let i = 0; i < a.count; i++) before.set(key(a.cols[i]! + dx, a.rows[i]! + dy), a.values[i]!);
  const values = new Float32Array(b.count);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < b.count; i++) {
    const old = before.get(key(b.cols[i]!, b.rows[i]!));
    const v = old === undefined ? NaN : b.values[i]! - old;
    values[i] = v;
    if (Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return {
    ...b,
    layer: `change_${layer}`,
    label: `${b.label}: change ${from.year} → ${to.year}`,
    min: Number.isFinite(min) ? min : null,
    max: Number.isFinite(max) ? max : null,
    values,
    fromYear: from.year,
    toYear: to.year,
  };
}
