import type { Database, Queryable } from '../db/database.ts';

/** The interface language a user chose, or null when they never chose one. */
export async function storedLanguage(db: Queryable, userId: string): Promise<string | null> {
  const r = await db.query<{ language: string | null }>('SELECT language FROM users WHERE id = $1', [userId]);
  return r.rows[0]?.language ?? null;
}

/** Keeps a user's chosen interface language (their own preference: any signed-in user may set it). */
export async function storeLanguage(db: Database, userId: string, language: string): Promise<void> {
  await db.query('UPDATE users SET language = $2 WHERE id = $1', [userId, language]);
}
