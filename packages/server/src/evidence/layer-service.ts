import type { FastifyReply } from 'fastify';
import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { findLayer } from './result-queries.ts';
import { getRun } from './service.ts';

/** A local layer ready to draw: where the grid sits and one value per listed cell. */
export interface LayerView {
  run: string;
  layer: string;
  label: string;
  cellSize: number;
  originX: number;
  originY: number;
  width: number;
  height: number;
  count: number;
  min: number | null;
  max: number | null;
  cols: Int32Array;
  rows: Int32Array;
  values: Float32Array;
}

/** A layer of a finished run the viewer may see. */
export async function getLayer(db: Queryable, user: User | null, runId: string, name: string): Promise<LayerView> {
  const run = await getRun(db, user, runId, false);
  if (run.status !== 'succeeded' || !run.grid)
    throw new AppError('conflict', `Run "${runId}" has not finished (status: ${run.status})`, 'id');
  const layer = await findLayer(db, runId, name);
  if (!layer) {
    const known = (run.layers ?? []).map((l) => l.name).join(', ');
    throw new AppError('not_found', `Run "${runId}" has no layer "${name}" (layers: ${known || 'none'})`, 'layer');
  }
  const g = run.grid;
  return {
    run: runId,
    layer: layer.name,
    label: layer.label,
    cellSize: g.cellSize,
    originX: g.originX,
    originY: g.originY,
    width: g.width,
    height: g.height,
    count: layer.values.length,
    min: layer.min,
    max: layer.max,
    cols: layer.cols,
    rows: layer.rows,
    values: layer.values,
  };
}

/** A layer as the map section shows it: its range, its values (classed on the page) and its 20 highest cells (the table alternative). */
export function mapLayer(view: LayerView, name = view.layer) {
  const { label, min, max, count, cellSize, values } = view;
  return { name, label, min, max, count, cellSize, values, top: topCells(view, 20) };
}

/** Answers a layer as binary (format=binary, or Accept: application/octet-stream) or compact JSON. */
export function sendLayer(
  reply: FastifyReply,
  accept: string | undefined,
  query: { format?: 'json' | 'binary'; top: number },
  view: LayerView,
): FastifyReply {
  const binary = query.format === 'binary' || (!query.format && /application\/octet-stream/.test(accept ?? ''));
  if (binary) return reply.type('application/octet-stream').send(layerBinary(view));
  return reply.type('application/json').send(JSON.stringify(layerJson(view, query.top)));
}

const compact = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(7)) : null);

/** The compact JSON form: arrays of column, row and value (7 significant digits; null where undefined). */
export function layerJson(view: LayerView, top = 0) {
  const { cols, rows, values, ...meta } = view;
  return {
    ...meta,
    col: Array.from(cols),
    row: Array.from(rows),
    values: Array.from(values, compact),
    top: topCells(view, top),
  };
}

/** The `n` cells with the highest values: grid position, lower-left coordinates and value. */
export function topCells(
  view: LayerView,
  n: number,
): { col: number; row: number; x: number; y: number; value: number }[] {
  if (n <= 0) return [];
  // One pass keeping the best n (highest value, then lowest index): no sort of the whole layer.
  const best: number[] = [];
  const v = view.values;
  v.forEach((value, i) => {
    if (!Number.isFinite(value) || (best.length === n && value <= v[best[n - 1]!]!)) return;
    let at = best.length;
    while (at > 0 && v[best[at - 1]!]! < value) at--;
    best.splice(at, 0, i);
    if (best.length > n) best.pop();
  });
  return best.map((i) => {
    const [col, row, value] = [view.cols[i]!, view.rows[i]!, view.values[i]!]; // i < count
    return { col, row, x: view.originX + col * view.cellSize, y: view.originY + row * view.cellSize, value };
  });
}

/**
 * The binary form (little-endian): "CVL1", uint32 header length, the JSON header (metadata,
 * padded with spaces so what follows is 8-byte aligned), then Int32 col[count], Int32
 * row[count], Float32 value[count] (NaN where undefined).
 */
export function layerBinary(view: LayerView): Buffer {
  const { cols, rows, values, ...meta } = view;
  let header = Buffer.from(JSON.stringify(meta), 'utf8');
  const pad = (8 - ((8 + header.length) % 8)) % 8;
  header = Buffer.concat([header, Buffer.alloc(pad, 0x20)]);
  const prefix = Buffer.alloc(8);
  prefix.write('CVL1', 0, 'ascii');
  prefix.writeUInt32LE(header.length, 4);
  const part = (a: Int32Array | Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([prefix, header, part(cols), part(rows), part(values)]);
}
