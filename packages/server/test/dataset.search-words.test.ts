// The data set import counts the practices' search words once at its end instead of through the
// search_words trigger row by row (practices/search-words.ts): the word list must be the one the
// trigger itself keeps.
import { describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase } from './harness.ts';

describe.each(ENGINES)('search words after the bundled data set is loaded, on %s', (engine) => {
  it('are those the trigger counts when every search row is written again', async () => {
    const { db, drop } = await freshDatabase(engine, { seeded: true });
    try {
      const words = async () =>
        (await db.query<{ word: string; ndoc: number }>('SELECT word, ndoc FROM search_words ORDER BY word')).rows;
      const loaded = await words();
      expect(loaded.length).toBeGreaterThan(1000);
      expect(loaded.some((w) => w.ndoc > 1)).toBe(true);
      await db.transaction(async (tx) => {
        await tx.query('CREATE TEMP TABLE kept ON COMMIT DROP AS SELECT * FROM practice_search');
        // Deleting every row: the trigger takes each row's words off, down to an empty list.
        await tx.query('DELETE FROM practice_search');
        expect((await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM search_words')).rows[0]!.n).toBe(0);
        await tx.query('INSERT INTO practice_search SELECT * FROM kept');
      });
      expect(await words()).toEqual(loaded);
    } finally {
      await drop();
    }
  });
});
