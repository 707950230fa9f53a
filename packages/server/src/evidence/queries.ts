import type { ColumnMapping, EvidenceFormat } from '@convivio/shared';
import { USER_DIRECTORY } from '../accounts/service.ts';
import type { Queryable } from '../db/database.ts';
import { onlyRow } from '../db/rows.ts';

/** A stored grid file's description (the file lives in the file store, at `file_key`). */
export interface DatasetRow {
  id: string;
  owner_id: string | null;
  owner_name: string | null;
  name: string;
  source: 'upload' | 'sample';
  file_name: string;
  format: EvidenceFormat;
  size_bytes: number;
  sha256: string;
  /** Where the file is in the file store (FILE_STORE_DIR); null for the bundled sample, read from the repository. */
  file_key: string | null;
  header: string[];
  preview: string[][];
  mapping: ColumnMapping | null;
  public: boolean;
  created_at: Date | string;
  updated_at: Date | string;
}

/** Who may see what: the viewer's id and whether they administer the platform. */
export interface Viewer {
  userId: string | null;
  admin: boolean;
}

const DATASET_COLUMNS = `d.id, d.owner_id, u.name AS owner_name, d.name, d.source, d.file_name, d.format, d.size_bytes::float8 AS size_bytes, d.sha256, d.file_key,
  d.header, d.preview, d.mapping, d.public, d.created_at, d.updated_at`;

/** The datasets a write returned (`written d`), with their owner's name: what findDataset gives for them. */
const WITH_OWNER = `SELECT ${DATASET_COLUMNS} FROM written d LEFT JOIN ${USER_DIRECTORY} u ON u.id = d.owner_id`;

/** Inserts a dataset (its file is in the store at `file_key`); resolves with the dataset. */
export async function insertDataset(
  tx: Queryable,
  row: Omit<DatasetRow, 'owner_name' | 'created_at' | 'updated_at'>,
): Promise<DatasetRow> {
  const r = await tx.query<DatasetRow>(
    `WITH written AS (INSERT INTO evidence_datasets (id, owner_id, name, source, file_name, format, size_bytes, sha256, header, preview, mapping, public, file_key)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) RETURNING *) ${WITH_OWNER}`,
    [
      row.id,
      row.owner_id,
      row.name,
      row.source,
      row.file_name,
      row.format,
      row.size_bytes,
      row.sha256,
      JSON.stringify(row.header),
      JSON.stringify(row.preview),
      row.mapping ? JSON.stringify(row.mapping) : null,
      row.public,
      row.file_key,
    ],
  );
  return onlyRow(r, 'Inserting a dataset');
}

/** The platform's own copy of the bundled sample (no owner), or null. */
export async function findPlatformSample(db: Queryable): Promise<{ id: string } | null> {
  const r = await db.query<{ id: string }>(
    "SELECT id FROM evidence_datasets WHERE source = 'sample' AND owner_id IS NULL ORDER BY created_at LIMIT 1",
  );
  return r.rows[0] ?? null;
}

/** One dataset with its owner's name, or null. */
export async function findDataset(db: Queryable, id: string): Promise<DatasetRow | null> {
  const r = await db.query<DatasetRow>(
    `SELECT ${DATASET_COLUMNS} FROM evidence_datasets d LEFT JOIN ${USER_DIRECTORY} u ON u.id = d.owner_id WHERE d.id = $1`,
    [id],
  );
  return r.rows[0] ?? null;
}

/** Datasets the viewer may see (public ones, their own; all for administrators), newest first. */
export async function listVisibleDatasets(db: Queryable, viewer: Viewer): Promise<DatasetRow[]> {
  const r = await db.query<DatasetRow>(
    `SELECT ${DATASET_COLUMNS} FROM evidence_datasets d LEFT JOIN ${USER_DIRECTORY} u ON u.id = d.owner_id
     WHERE d.public OR d.owner_id = $1 OR $2 ORDER BY d.created_at DESC, d.id`,
    [viewer.userId, viewer.admin],
  );
  return r.rows;
}

/** Replaces a dataset's column mapping; resolves with the dataset, or null when there is no such dataset. */
export async function updateDatasetMapping(
  db: Queryable,
  id: string,
  mapping: ColumnMapping,
): Promise<DatasetRow | null> {
  const r = await db.query<DatasetRow>(
    `WITH written AS (UPDATE evidence_datasets SET mapping = $2, updated_at = now() WHERE id = $1 RETURNING *) ${WITH_OWNER}`,
    [id, JSON.stringify(mapping)],
  );
  return r.rows[0] ?? null;
}

/** Bytes of uploaded files a user keeps stored (what their quota counts). */
export async function storedUploadBytes(db: Queryable, ownerId: string): Promise<number> {
  const r = await db.query<{ n: string | number }>(
    `SELECT coalesce(sum(size_bytes), 0) AS n FROM evidence_datasets WHERE owner_id = $1 AND source = 'upload'`,
    [ownerId],
  );
  return Number(onlyRow(r, 'Counting datasets').n);
}

/** Deletes a dataset with its stored file and its runs (their results go with them); returns the runs' job ids. */
export async function deleteDatasetRows(tx: Queryable, id: string): Promise<string[]> {
  const jobs = await tx.query<{ job_id: string }>('SELECT job_id FROM evidence_runs WHERE dataset_id = $1', [id]);
  await tx.query('DELETE FROM evidence_datasets WHERE id = $1', [id]);
  return jobs.rows.map((r) => r.job_id);
}
