import { zAreaResult, zColumnMapping, zRunOptions } from '@convivio/shared';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { selfSerialised, zBinary } from '../http/response-schemas.ts';
import type { StreamedFile } from './upload-parser.ts';
import type { DatasetInput } from './service.ts';

export const zDatasetCreate = z
  .record(z.string(), z.unknown())
  .describe(
    'Either multipart/form-data with one `file` part (CSV, CSV.gz or Parquet; send the text fields before it) and optional fields `name`, `mapping` (JSON text) and `public`, ' +
      'or JSON {"sample": true, "name"?, "mapping"?, "public"?} to use the bundled synthetic sample grid. ' +
      'mapping: {"cellId"} or {"x","y","cellSize"}, plus "groups" (columns), optional "area" and "total".',
  );

export const zRunCreate = z.object({
  datasetId: z.string().min(1).max(200),
  options: zRunOptions.optional(),
  mapping: zColumnMapping.optional().describe("Overrides the dataset's mapping for this run"),
  public: z.boolean().default(false).describe('Let everyone, signed in or not, read the results'),
});

export const zLayerQuery = z.object({
  format: z
    .enum(['json', 'binary'])
    .optional()
    .describe('json (default) or binary (also chosen by Accept: application/octet-stream)'),
  top: z.coerce.number().int().min(0).max(1000).default(0).describe('Also list the N cells with the highest values'),
});

export const zCityIndicators = z
  .object({
    cityId: z.string(),
    areaCode: z.string().nullable(),
    run: z.object({ id: z.string(), finishedAt: z.string(), datasetName: z.string(), options: zRunOptions }).nullable(),
    area: zAreaResult.nullable(),
  })
  .meta({ id: 'CityIndicators' });

/** The upload form (multipart/form-data): documents what the multipart parser hands to `datasetInputFromBody`. */
export const zDatasetUploadForm = z.object({
  file: z.string().meta({
    contentMediaType: 'application/octet-stream',
    description: 'The grid file: CSV, gzip-compressed CSV or Parquet',
  }),
  name: z.string().max(200).optional().describe('A name for the dataset (the file name when left out)'),
  mapping: z.string().optional().describe('The column mapping as JSON text (see ColumnMapping)'),
  public: z
    .enum(['true', 'false', 'on', '1', 'yes'])
    .optional()
    .describe('Let everyone read the dataset and its results'),
});

/** The JSON body that picks the bundled synthetic sample grid. */
export const zDatasetSampleBody = z
  .object({
    sample: z.literal(true),
    name: z.string().max(200).optional(),
    mapping: zColumnMapping.optional(),
    public: z.boolean().optional(),
  })
  .meta({ id: 'DatasetSample', description: 'Use the bundled synthetic sample grid instead of uploading a file' });

const zLayerMeta = {
  run: z.string(),
  layer: z.string(),
  label: z.string(),
  cellSize: z.number(),
  originX: z.number(),
  originY: z.number(),
  width: z.number().int(),
  height: z.number().int(),
  count: z.number().int(),
  min: z.number().nullable(),
  max: z.number().nullable(),
};

/** A local layer as compact JSON: one value per listed cell (7 significant digits; null where undefined). */
export const zLayerJson = selfSerialised(
  z
    .object({
      ...zLayerMeta,
      col: z.array(z.number().int()),
      row: z.array(z.number().int()),
      values: z.array(z.number().nullable()),
      top: z
        .array(
          z.object({ col: z.number().int(), row: z.number().int(), x: z.number(), y: z.number(), value: z.number() }),
        )
        .describe('The cells with the highest values (query top=N)'),
    })
    .meta({ id: 'Layer' }),
);

/** A local layer in the binary form. */
export const zLayerBinary = zBinary(
  'Little-endian: "CVL1", uint32 header length, the JSON header (the metadata of the JSON form, padded with spaces to 8-byte alignment), ' +
    'then Int32 col[count], Int32 row[count], Float32 value[count] (NaN where undefined)',
);

const truthy = (v: unknown) =>
  v === true || (typeof v === 'string' && ['true', 'on', '1', 'yes'].includes(v.toLowerCase()));
const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined;

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
export function datasetInputFromBody(body: Record<string, unknown>, file: StreamedFile | null): DatasetInput {
  const common = { name: text(body.name), public: truthy(body.public) };
  const mapping =
    typeof body.mapping === 'object' && body.mapping !== null ? body.mapping : jsonField(body.mapping, 'mapping');
  if (truthy(body.sample)) return { source: 'sample', ...common, mapping };
  if (!file)
    throw new AppError(
      'validation_failed',
      'file: attach a grid file (CSV, CSV.gz or Parquet) as the "file" part, or send {"sample": true}',
      'file',
    );
  return { source: 'upload', ...common, mapping, fileName: file.fileName, file: file.file, scanned: file.scanned };
}
