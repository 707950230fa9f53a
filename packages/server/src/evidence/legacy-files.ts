import type { Database } from '../db/database.ts';
import { fileKeyOf, removeStoredFile, writeStoredFile } from './file-store.ts';

/**
 * Moves uploaded files kept in the database (evidence_files, before the file store) to the store
 * under `fileStoreDir`, one at a time: the file is written (temporary name, fsync, rename), then
 * its dataset gets its file_key and the bytea row is deleted in one transaction; if that fails,
 * the file is removed again. Run at start-up; a second run finds nothing. Returns how many moved.
 */
export async function moveLegacyFiles(db: Database, fileStoreDir: string): Promise<number> {
  let moved = 0;
  for (;;) {
    const next = await db.query<{ dataset_id: string }>('SELECT dataset_id FROM evidence_files LIMIT 1');
    const id = next.rows[0]?.dataset_id;
    if (id === undefined) return moved;
    const r = await db.query<{ bytes: Uint8Array }>('SELECT bytes FROM evidence_files WHERE dataset_id = $1', [id]);
    const row = r.rows[0];
    if (!row) continue; // another process starting at the same time moved it
    const key = fileKeyOf(id);
    await writeStoredFile(fileStoreDir, key, new Uint8Array(row.bytes));
    try {
      await db.transaction(async (tx) => {
        await tx.query('UPDATE evidence_datasets SET file_key = $2 WHERE id = $1', [id, key]);
        await tx.query('DELETE FROM evidence_files WHERE dataset_id = $1', [id]);
      });
    } catch (err) {
      await removeStoredFile(fileStoreDir, key);
      throw err;
    }
    moved++;
  }
}
