import type { Queryable } from '../db/database.ts';
import { AppError } from '../errors.ts';

/** What is counted: signing in, signing up, asking for a password reset link (each its own counters). */
export type LimitedAction = 'sign-in' | 'sign-up' | 'password-reset';

const ACTION_WORDS: Record<LimitedAction, string> = {
  'sign-in': 'sign-in attempts',
  'sign-up': 'sign-up requests',
  'password-reset': 'password reset requests',
};

/**
 * Counts a sign-in attempt for the client (its address) and for the account it targets
 * (the e-mail), and refuses it with 429 once either made more than `perMinute` attempts in
 * the current one-minute window. One statement increments both counters atomically (the
 * row lock of INSERT … ON CONFLICT), so concurrent attempts cannot slip past the limit; it
 * lives in the database, so the API route, the sign-in form and every server process share it.
 */
export async function limitSignInAttempts(
  db: Queryable,
  client: string,
  email: string,
  perMinute: number,
): Promise<void> {
  return limitAttempts(db, 'sign-in', client, email, perMinute);
}

/** The same counting for any limited action; actions other than signing in count under their own keys. */
export async function limitAttempts(
  db: Queryable,
  action: LimitedAction,
  client: string,
  email: string,
  perMinute: number,
): Promise<void> {
  const prefix = action === 'sign-in' ? '' : `${action}:`;
  const r = await db.query<{ scope: 'client' | 'account'; attempts: number }>(
    `INSERT INTO sign_in_attempts AS a (scope, key) VALUES ('client', $1), ('account', $2)
     ON CONFLICT (scope, key) DO UPDATE SET
       attempts = CASE WHEN a.window_start <= now() - interval '1 minute' THEN 1 ELSE a.attempts + 1 END,
       window_start = CASE WHEN a.window_start <= now() - interval '1 minute' THEN now() ELSE a.window_start END
     RETURNING a.scope, a.attempts`,
    [prefix + client, prefix + email.trim().toLowerCase()],
  );
  const over = r.rows.filter((row) => row.attempts > perMinute).map((row) => row.scope);
  if (over.length) {
    const who = over.includes('account') && !over.includes('client') ? 'for this account' : 'from your address';
    throw new AppError('rate_limited', `Too many ${ACTION_WORDS[action]} ${who}: wait a minute and try again`);
  }
}

/** Forgets the counters of windows that have ended (housekeeping; they would restart at 1 anyway). */
export async function purgeSignInAttempts(db: Queryable): Promise<void> {
  await db.query(`DELETE FROM sign_in_attempts WHERE window_start <= now() - interval '1 minute'`);
}
