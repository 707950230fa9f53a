import type { Queryable } from '../db/database.ts';

/** Words of the query as typed: letters (any script) and digits; websearch operators are kept out. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const OPERATORS = new Set(['or', 'and', 'not']);

/**
 * The query with each word the library does not hold replaced by the most similar word it
 * does (trigram similarity over search_words, the more frequent word on ties), or null when
 * every word is known or nothing is close enough. Quotes, minus signs and spacing are kept.
 */
export async function correctQuery(db: Queryable, q: string): Promise<string | null> {
  const typed = [...new Set(q.match(WORD) ?? [])].filter(
    (w) => w.length >= 3 && !/^\d+$/.test(w) && !OPERATORS.has(w.toLowerCase()),
  );
  if (!typed.length) return null;
  const r = await db.query<{ typed: string; best: string | null }>(
    `SELECT q.typed, (SELECT s.word FROM search_words s WHERE s.word % q.norm
                      ORDER BY similarity(s.word, q.norm) DESC, s.ndoc DESC, s.word LIMIT 1) AS best
     FROM (SELECT t AS typed, lower(unaccent(t)) AS norm FROM unnest($1::text[]) AS t) q
     WHERE NOT EXISTS (SELECT 1 FROM search_words s WHERE s.word = q.norm)`,
    [typed],
  );
  const fixes = new Map(r.rows.filter((x) => x.best).map((x) => [x.typed, x.best!]));
  if (!fixes.size) return null;
  return q.replace(WORD, (w) => fixes.get(w) ?? w);
}
