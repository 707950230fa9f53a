import type { AreaResult } from '@convivio/shared';
import type { Queryable } from '../db/database.ts';
import type { GridSummary } from './run-queries.ts';

/** One local layer: a value per grid cell (NaN where undefined); stored as float32. */
export interface LayerData {
  name: string;
  label: string;
  values: Float64Array;
}

/** Everything a finished run stores. */
export interface RunOutput {
  grid: GridSummary;
  results: { areas: AreaResult[] };
  cols: Int32Array;
  rows: Int32Array;
  layers: LayerData[];
}

const bytesOf = (a: Int32Array | Float32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
/** Copies into a fresh (aligned) buffer: drivers may hand back views at odd offsets. */
const int32Of = (b: Uint8Array) => new Int32Array(new Uint8Array(b).buffer);
const float32Of = (b: Uint8Array) => new Float32Array(new Uint8Array(b).buffer);

function range(values: Float64Array): { min: number | null; max: number | null } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values)
    if (Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  return min <= max ? { min, max } : { min: null, max: null };
}

/** Stores a run's results, replacing any left by an earlier attempt, and stamps it finished. */
export async function saveRunOutput(tx: Queryable, runId: string, out: RunOutput): Promise<void> {
  for (const table of ['evidence_run_areas', 'evidence_run_cells', 'evidence_layers'])
    await tx.query(`DELETE FROM ${table} WHERE run_id = $1`, [runId]);
  await tx.query('UPDATE evidence_runs SET grid = $2, results = $3, finished_at = now() WHERE id = $1', [
    runId,
    JSON.stringify(out.grid),
    JSON.stringify(out.results),
  ]);
  for (const [position, area] of out.results.areas.entries()) {
    await tx.query('INSERT INTO evidence_run_areas (run_id, area, position, result) VALUES ($1,$2,$3,$4)', [
      runId,
      area.area,
      position,
      JSON.stringify(area),
    ]);
  }
  await tx.query('INSERT INTO evidence_run_cells (run_id, col_index, row_index) VALUES ($1,$2,$3)', [
    runId,
    bytesOf(out.cols),
    bytesOf(out.rows),
  ]);
  for (const [position, layer] of out.layers.entries()) {
    const { min, max } = range(layer.values);
    await tx.query(
      'INSERT INTO evidence_layers (run_id, name, label, position, min, max, values_f32) VALUES ($1,$2,$3,$4,$5,$6,$7)',
      [runId, layer.name, layer.label, position, min, max, bytesOf(Float32Array.from(layer.values))],
    );
  }
}

/** One stored layer (float32 values) with the cells it is laid on, or null. */
export async function findLayer(
  db: Queryable,
  runId: string,
  name: string,
): Promise<{
  name: string;
  label: string;
  min: number | null;
  max: number | null;
  cols: Int32Array;
  rows: Int32Array;
  values: Float32Array;
} | null> {
  const r = await db.query<{
    name: string;
    label: string;
    min: number | null;
    max: number | null;
    values_f32: Uint8Array;
    col_index: Uint8Array;
    row_index: Uint8Array;
  }>(
    `SELECT l.name, l.label, l.min, l.max, l.values_f32, c.col_index, c.row_index
     FROM evidence_layers l JOIN evidence_run_cells c ON c.run_id = l.run_id WHERE l.run_id = $1 AND l.name = $2`,
    [runId, name],
  );
  const row = r.rows[0];
  if (!row) return null;
  return {
    name: row.name,
    label: row.label,
    min: row.min,
    max: row.max,
    cols: int32Of(row.col_index),
    rows: int32Of(row.row_index),
    values: float32Of(row.values_f32),
  };
}

/** Every stored layer of a run (float32 values, in stored order) with the cells they are laid on. */
export async function findAllLayers(
  db: Queryable,
  runId: string,
): Promise<{ cols: Int32Array; rows: Int32Array; layers: { name: string; values: Float32Array }[] }> {
  const cells = await db.query<{ col_index: Uint8Array; row_index: Uint8Array }>(
    'SELECT col_index, row_index FROM evidence_run_cells WHERE run_id = $1',
    [runId],
  );
  const layers = await db.query<{ name: string; values_f32: Uint8Array }>(
    'SELECT name, values_f32 FROM evidence_layers WHERE run_id = $1 ORDER BY position',
    [runId],
  );
  const c = cells.rows[0];
  return {
    cols: c ? int32Of(c.col_index) : new Int32Array(0),
    rows: c ? int32Of(c.row_index) : new Int32Array(0),
    layers: layers.rows.map((l) => ({ name: l.name, values: float32Of(l.values_f32) })),
  };
}
