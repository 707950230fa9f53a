import type { Queryable } from '../db/database.ts';
import { AppError } from '../errors.ts';

/**
 * Counts a sign-in attempt from a client (its IP address) and refuses it with 429 when
 * the client already made `perMinute` attempts in the last minute. Kept in the database,
 * so the API route and the sign-in form, and every server process, share one count.
 */
export async function limitSignInAttempts(db: Queryable, client: string, perMinute: number): Promise<void> {
  await db.query(`DELETE FROM sign_in_attempts WHERE attempted_at < now() - interval '1 minute'`);
  const r = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sign_in_attempts WHERE client = $1', [client]);
  if (r.rows[0].n >= perMinute) throw new AppError('rate_limited', 'Too many sign-in attempts: wait a minute and try again');
  await db.query('INSERT INTO sign_in_attempts (client) VALUES ($1)', [client]);
}
