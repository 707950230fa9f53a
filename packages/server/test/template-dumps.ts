import fs from 'node:fs';
import type { Database } from '../src/db/database.ts';

/**
 * A dumped data directory held in memory, for PGlite's `loadDataDir`. PGlite reads a dump whole
 * with arrayBuffer(), which for a Blob reads and joins every byte again on each start (about a
 * fifth of a test database's start, bench/results/test-suite.md); this one answers with the bytes
 * it keeps. PGlite copies what it reads into its in-memory file system and never writes back to
 * them (template-dumps.test.ts checks that the bytes stay as they were).
 */
class KeptDump extends Blob {
  readonly #bytes: ArrayBuffer;

  constructor(bytes: ArrayBuffer) {
    super([bytes]);
    this.#bytes = bytes;
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#bytes);
  }
}

const kept = new Map<string, KeptDump>();

/** The dump in `file`, read once per test process and kept for every database started from it. */
export function templateDump(file: string): Blob {
  let dump = kept.get(file);
  if (!dump) {
    dump = new KeptDump(new Uint8Array(fs.readFileSync(file)).buffer);
    kept.set(file, dump);
  }
  return dump;
}

/**
 * Drops `template0` and `template1` from a new embedded cluster whose dumps every test database
 * starts from. Test databases never create databases of their own, and without the two templates
 * (7.4 MB each) a seeded dump is 15 MB smaller and starts in about two thirds of the time.
 */
export async function dropTemplateDatabases(db: Database): Promise<void> {
  for (const name of ['template0', 'template1']) {
    // A template database cannot be dropped; each statement runs on its own (not in a transaction).
    await db.query(`ALTER DATABASE ${name} IS_TEMPLATE false`);
    await db.query(`DROP DATABASE ${name}`);
  }
}
