import { zAreaResult, zColumnMapping, zRunOptions } from '@convivio/shared';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { ReceivedFile } from './upload-parser.ts';
import type { DatasetInput } from './service.ts';

export const zDatasetCreate = z.record(z.string(), z.unknown()).describe(
  'Either multipart/form-data with one `file` part (CSV, CSV.gz or Parquet; send the text fields before it) and optional fields `name`, `mapping` (JSON text) and `public`, '
  + 'or JSON {"sample": true, "name"?, "mapping"?, "public"?} to use the bundled synthetic sample grid. '
  + 'mapping: {"cellId"} or {"x","y","cellSize"}, plus "groups" (columns), optional "area" and "total".');

export const zRunCreate = z.object({
  datasetId: z.string().min(1).max(200),
  options: zRunOptions.optional(),
  mapping: zColumnMapping.optional().describe('Overrides the dataset\'s mapping for this run'),
  public: z.boolean().default(false).describe('Let everyone, signed in or not, read the results'),
});

export const zLayerQuery = z.object({
  format: z.enum(['json', 'binary']).optional().describe('json (default) or binary (also chosen by Accept: application/octet-stream)'),
  top: z.coerce.number().int().min(0).max(1000).default(0).describe('Also list the N cells with the highest values'),
});

export const zCityIndicators = z.object({
  cityId: z.string(), areaCode: z.string().nullable(),
  run: z.object({ id: z.string(), finishedAt: z.string(), datasetName: z.string(), options: zRunOptions }).nullable(),
  area: zAreaResult.nullable(),
});

const truthy = (v: unknown) => v === true || (typeof v === 'string' && ['true', 'on', '1', 'yes'].includes(v.toLowerCase()));
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined);

function jsonField(v: unknown, field: string): unknown {
  const s = text(v);
  if (s === undefined || s.trim() === '') return undefined;
  try {
    return JSON.parse(s);
  } catch {
    throw new AppError('validation_failed', `${field}: is not valid JSON`, field);
  }
}

/** Turns a multipart request's fields and file, or a JSON body, into what createDataset needs. */
export function datasetInputFromBody(body: Record<string, unknown>, file: ReceivedFile | null): DatasetInput {
  const common = { name: text(body.name), public: truthy(body.public) };
  const mapping = typeof body.mapping === 'object' && body.mapping !== null ? body.mapping : jsonField(body.mapping, 'mapping');
  if (truthy(body.sample)) return { source: 'sample', ...common, mapping };
  if (!file) throw new AppError('validation_failed', 'file: attach a grid file (CSV, CSV.gz or Parquet) as the "file" part, or send {"sample": true}', 'file');
  return { source: 'upload', ...common, mapping, fileName: file.fileName, bytes: file.bytes };
}
