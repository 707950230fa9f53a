import crypto from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { openPglite } from '../src/db/pglite.ts';
import { templateDump } from './template-dumps.ts';

const sha256 = async (dump: Blob) =>
  crypto
    .createHash('sha256')
    .update(new Uint8Array(await dump.arrayBuffer()))
    .digest('hex');

describe('the PGlite template dumps test databases start from', () => {
  it('hold the migrated data set and no template databases', async () => {
    const db = await openPglite(null, templateDump(inject('testTemplates').pglite.seeded), { small: true });
    try {
      const names = await db.query<{ datname: string }>('SELECT datname FROM pg_database ORDER BY datname');
      expect(names.rows.map((r) => r.datname)).toEqual(['postgres']);
      const cities = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM cities');
      expect(cities.rows[0]?.n).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  });

  it('are read once per process, and a database started from one does not change its bytes', async () => {
    const file = inject('testTemplates').pglite.seeded;
    const dump = templateDump(file);
    expect(templateDump(file)).toBe(dump);
    const before = await sha256(dump);
    const first = await openPglite(null, dump, { small: true });
    try {
      await first.exec(`CREATE TABLE scratch (n int, t text);
        INSERT INTO scratch SELECT g, repeat('x', 200) FROM generate_series(1, 20000) g;
        CHECKPOINT;`);
      const renamed = await first.query("UPDATE cities SET name = name || ' (renamed)'");
      expect(renamed.affectedRows).toBeGreaterThan(0);
    } finally {
      await first.close();
    }
    expect(await sha256(dump)).toBe(before);
    // A second database from the same dump starts as the dump was, without the first one's writes.
    const second = await openPglite(null, dump, { small: true });
    try {
      const scratch = await second.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'scratch'",
      );
      expect(scratch.rows[0]?.n).toBe(0);
      const renamed = await second.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM cities WHERE name LIKE '%(renamed)'",
      );
      expect(renamed.rows[0]?.n).toBe(0);
    } finally {
      await second.close();
    }
  });
});
