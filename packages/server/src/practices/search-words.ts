import type { Queryable } from '../db/database.ts';

/**
 * Stops the search_words trigger (migration 032) for the rest of this transaction: a data set
 * import writes many practices' search rows, and counts their words once at the end instead.
 */
export async function deferSearchWords(tx: Queryable): Promise<void> {
  await tx.query(`SELECT set_config('convivio.search_words_deferred', 'on', true)`);
}

/**
 * Turns the trigger back on and counts every practice's words again: search_words ends as the
 * trigger keeps it (each word with the number of practices holding it, none held by no practice).
 */
export async function recountSearchWords(tx: Queryable): Promise<void> {
  await tx.query(`SELECT set_config('convivio.search_words_deferred', 'off', true)`);
  await tx.query('DELETE FROM search_words');
  await tx.query(
    `INSERT INTO search_words (word, ndoc)
     SELECT word, count(*) FROM practice_search, unnest(tsvector_to_array(words)) AS word GROUP BY word ORDER BY word`,
  );
}
