import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  layersFromStore,
  resultToCsv,
  resultToJson,
  writeLocalCsv,
  writeLocalGeoTiff,
  writeLocalParquet,
  type LocalLayers,
} from '@convivio/indicators';
import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { headerLabels, withBom } from '../csv/header-language.ts';
import { csvCell } from '../csv/write.ts';
import { AppError } from '../errors.ts';
import { findAllLayers } from './result-queries.ts';
import { getRun } from './service.ts';

/** The files a finished run can be downloaded as, with their media types. */
export const RUN_FILES = {
  'results.csv': 'text/csv; charset=utf-8',
  'results.json': 'application/json; charset=utf-8',
  'layers.tif': 'image/tiff',
  'layers.parquet': 'application/vnd.apache.parquet',
  'layers.csv': 'text/csv; charset=utf-8',
} as const;
export type RunFileName = keyof typeof RUN_FILES;

const WRITERS: Record<string, (file: string, layers: LocalLayers) => Promise<void>> = {
  'layers.tif': writeLocalGeoTiff,
  'layers.parquet': writeLocalParquet,
  'layers.csv': writeLocalCsv,
};

/** The engine's results CSV with its header row in a language (the stable keys for null); values untouched. */
function localisedResultsCsv(text: string, lang: string | null): string {
  const end = text.indexOf('\n');
  const keys = text.slice(0, end).split(',');
  return withBom(headerLabels('evidenceResults', keys, lang).map(csvCell).join(',') + text.slice(end), lang);
}

/**
 * One file of a finished run the viewer may see: the results per area (CSV, JSON) or every stored
 * local layer (multi-band GeoTIFF, GeoParquet, CSV; EPSG:3035), written by the indicators
 * engine's own writers. `headerLang` names the language of results.csv's header row (null: the
 * stable keys).
 */
export async function runFile(
  db: Queryable,
  user: User | null,
  runId: string,
  name: RunFileName,
  headerLang: string | null = null,
): Promise<{ bytes: Buffer; type: string; fileName: string }> {
  const run = await getRun(db, user, runId, true);
  if (run.status !== 'succeeded' || !run.grid || !run.results)
    throw new AppError('conflict', `Run "${runId}" has not finished (status: ${run.status})`, 'id');
  const fileName = `${runId}-${name}`;
  const type = RUN_FILES[name];
  if (name === 'results.csv')
    return { bytes: Buffer.from(localisedResultsCsv(resultToCsv(run.results as never), headerLang)), type, fileName };
  if (name === 'results.json') return { bytes: Buffer.from(resultToJson(run.results as never)), type, fileName };
  const stored = await findAllLayers(db, runId);
  if (stored.layers.length === 0) throw new AppError('not_found', `Run "${runId}" has no layers`, 'id');
  const layers = layersFromStore({ ...run.grid, ...stored });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'convivio-run-'));
  try {
    const file = path.join(dir, name);
    const write = WRITERS[name];
    if (!write) throw new AppError('not_found', `No file "${name}"`, 'name');
    await write(file, layers);
    return { bytes: await fs.readFile(file), type, fileName };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
