import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Uploaded grid files, kept as plain files under FILE_STORE_DIR (never in the database): a file
 * is written under `tmp/` while it streams in, hashed and counted on the way, and moved to
 * `evidence/<dataset id>` only once its dataset row has committed. Every process that runs
 * workers reads files from here, so several machines must share this directory (a network mount).
 */
const TMP = 'tmp';
const EVIDENCE = 'evidence';
/** The store's two directories: files being written, and the stored files of datasets. */
export const STORE_DIRS = { tmp: TMP, evidence: EVIDENCE } as const;

/** The stored file of a dataset, relative to the store (what evidence_datasets.file_key holds). */
export const fileKeyOf = (datasetId: string) => `${EVIDENCE}/${datasetId}`;

/** Where a stored file lives; the key comes from the database, so it may not leave the store. */
export function storedFilePath(dir: string, key: string): string {
  const file = path.resolve(dir, key);
  if (!file.startsWith(path.resolve(dir) + path.sep)) throw new Error(`The file key "${key}" leaves the file store`);
  return file;
}

/** A file being written under the store's tmp/ directory: its size and SHA-256 so far. */
export class PendingFile {
  size = 0;
  private readonly hash = crypto.createHash('sha256');
  private closed = false;

  private constructor(
    private readonly dir: string,
    readonly tempPath: string,
    private readonly handle: fs.FileHandle,
  ) {}

  /** Opens a new temporary file in the store. */
  static async open(dir: string): Promise<PendingFile> {
    await fs.mkdir(path.join(dir, TMP), { recursive: true });
    const tempPath = path.join(dir, TMP, `upload-${crypto.randomUUID()}`);
    return new PendingFile(dir, tempPath, await fs.open(tempPath, 'wx', 0o600));
  }

  /** Appends a chunk (resolves once it is written, so a fast sender waits for the disk). */
  async write(chunk: Uint8Array): Promise<void> {
    this.size += chunk.length;
    this.hash.update(chunk);
    for (let at = 0; at < chunk.length;) at += (await this.handle.write(chunk, at, chunk.length - at)).bytesWritten;
  }

  /** Flushes the file to disk and closes it; resolves with its SHA-256 (hex). */
  async finish(): Promise<string> {
    await this.handle.sync();
    await this.close();
    return this.hash.digest('hex');
  }

  /** Moves the finished file to `key` in the store (after its row has committed). */
  async commit(key: string): Promise<void> {
    const target = storedFilePath(this.dir, key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.rename(this.tempPath, target);
    await syncDirectory(path.dirname(target));
  }

  /** Removes the temporary file (a failed or refused upload leaves nothing behind). */
  async discard(): Promise<void> {
    await this.close().catch(() => undefined);
    await fs.rm(this.tempPath, { force: true });
  }

  private async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.handle.close();
  }
}

/** Writes a whole file into the store at `key` (temporary name, fsync, rename). */
export async function writeStoredFile(dir: string, key: string, bytes: Uint8Array): Promise<void> {
  const file = await PendingFile.open(dir);
  try {
    await file.write(bytes);
    await file.finish();
    await file.commit(key);
  } catch (err) {
    await file.discard();
    throw err;
  }
}

/** Deletes a stored file; one already gone is not an error. */
export async function removeStoredFile(dir: string, key: string): Promise<void> {
  await fs.rm(storedFilePath(dir, key), { force: true });
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } catch {
    /* some file systems cannot sync a directory */
  } finally {
    await handle.close();
  }
}
