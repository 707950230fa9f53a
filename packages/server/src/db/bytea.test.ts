import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase } from '../../test/harness.ts';
import type { Database } from './database.ts';

/** Every byte value, twice, in a scrambled order. */
const EVERY_BYTE = Uint8Array.from({ length: 512 }, (_, i) => (i * 167 + 13) % 256);

describe.each(ENGINES)('bytes (bytea) on %s', (engine) => {
  let db: Database;
  let drop: () => Promise<void> = async () => {};

  beforeAll(async () => {
    ({ db, drop } = await freshDatabase(engine));
    await db.exec('CREATE TABLE blobs (id int PRIMARY KEY, b bytea)');
  });
  afterAll(() => drop());

  /** Stores `bytes`, then what PostgreSQL itself reads in them and what comes back to JavaScript. */
  async function roundTrip(id: number, bytes: Uint8Array) {
    await db.query('INSERT INTO blobs (id, b) VALUES ($1, $2)', [id, bytes]);
    const seen = await db.query<{ length: number; md5: string; head: string; b: Uint8Array }>(
      "SELECT length(b) AS length, md5(b) AS md5, encode(substring(b from 1 for 8), 'hex') AS head, b FROM blobs WHERE id = $1",
      [id],
    );
    return seen.rows[0]!;
  }
  const md5 = (bytes: Uint8Array) => crypto.createHash('md5').update(bytes).digest('hex');
  const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

  it('stores every byte value as PostgreSQL reads it, and gives the same bytes back as a Buffer', async () => {
    const row = await roundTrip(1, EVERY_BYTE);
    expect(row.length).toBe(512);
    expect(row.md5).toBe(md5(EVERY_BYTE));
    expect(row.head).toBe(hex(EVERY_BYTE.subarray(0, 8)));
    expect(row.b).toBeInstanceOf(Buffer);
    expect(hex(row.b)).toBe(hex(EVERY_BYTE));
  });

  it('stores only the viewed bytes of a typed array that is a window on a larger buffer', async () => {
    const floats = Float32Array.from([1.5, -2, Math.PI, 1e-30, Number.NaN]);
    const window = new Uint8Array(floats.buffer, 4, 12);
    const row = await roundTrip(2, window);
    expect(row.length).toBe(12);
    expect(row.md5).toBe(md5(window));
    expect(Array.from(new Float32Array(Uint8Array.from(row.b).buffer))).toEqual([
      -2,
      Math.fround(Math.PI),
      Math.fround(1e-30),
    ]);
  });

  it('keeps an empty value apart from a missing one', async () => {
    const row = await roundTrip(3, new Uint8Array(0));
    expect([row.length, row.md5, row.b.length]).toEqual([0, md5(new Uint8Array(0)), 0]);
    await db.query('INSERT INTO blobs (id, b) VALUES (4, NULL)');
    expect((await db.query<{ b: Uint8Array | null }>('SELECT b FROM blobs WHERE id = 4')).rows[0]!.b).toBeNull();
  });

  it('stores and reads back a value of several megabytes, as large as a layer of a million cells', async () => {
    const big = crypto.randomBytes(4 * 2 ** 20 + 3);
    const row = await roundTrip(5, big);
    expect(row.length).toBe(big.length);
    expect(row.md5).toBe(md5(big));
    expect(Buffer.compare(row.b, big)).toBe(0);
  });

  // The server's driver sends any other value as its text; the embedded database keeps PGlite's own refusal.
  it.runIf(engine === 'pglite')('refuses a value that is not bytes, naming the type', async () => {
    await expect(db.query('INSERT INTO blobs (id, b) VALUES ($1, $2)', [6, 12345])).rejects.toThrow(
      'Invalid input for bytea type: expected bytes (a Uint8Array)',
    );
  });
});
