import fs from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db/database.ts';
import { STORE_DIRS } from './file-store.ts';

/**
 * How old a file must be (last written) before the start-up sweep may remove it. Several servers
 * and workers may share the store: another process's upload in flight keeps writing its
 * temporary file, and a legacy file being moved is written a moment before its row names it,
 * so only files untouched for this long are taken as left behind.
 */
export const SWEEP_MIN_AGE_MS = 24 * 60 * 60 * 1000;

/** What the sweep removed: temporary upload files and stored files no dataset names. */
export interface SweepResult {
  temporary: number;
  orphans: number;
}

/**
 * Removes what a crash can leave in the file store: temporary upload files (`tmp/`) and stored
 * files (`evidence/`) that no dataset row references (the process died between a delete's commit
 * and its unlink) — only those last written more than `minAgeMs` ago. The store is listed before
 * the rows are read: a file is moved into place only after its row commits, so every file listed
 * whose row exists is seen referenced.
 */
export async function sweepFileStore(
  db: Database,
  dir: string,
  opts: { minAgeMs?: number; now?: number } = {},
): Promise<SweepResult> {
  const before = (opts.now ?? Date.now()) - (opts.minAgeMs ?? SWEEP_MIN_AGE_MS);
  const temporary = await oldFiles(path.join(dir, STORE_DIRS.tmp), before);
  const stored = await oldFiles(path.join(dir, STORE_DIRS.evidence), before);
  const referenced = new Set(
    (
      await db.query<{ file_key: string }>('SELECT file_key FROM evidence_datasets WHERE file_key IS NOT NULL')
    ).rows.map((r) => path.resolve(dir, r.file_key)),
  );
  const orphans = stored.filter((file) => !referenced.has(file));
  for (const file of [...temporary, ...orphans]) await fs.rm(file, { force: true });
  return { temporary: temporary.length, orphans: orphans.length };
}

/** The plain files directly in `dir` last written before `before` (ms); none when it does not exist. */
async function oldFiles(dir: string, before: number): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const old: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const stat = await fs.lstat(file).catch(() => null); // removed meanwhile by another process
    if (stat?.isFile() && stat.mtimeMs < before) old.push(file);
  }
  return old;
}
