import type { Queryable } from '../db/database.ts';
import type { Follow, FollowKind } from './digest.ts';

export interface FollowRow {
  kind: FollowKind;
  target: string;
  created_at: Date | string;
}

/** A person's follows, by kind then target. */
export async function listFollows(db: Queryable, userId: string): Promise<FollowRow[]> {
  return (
    await db.query<FollowRow>('SELECT kind, target, created_at FROM follows WHERE user_id = $1 ORDER BY kind, target', [
      userId,
    ])
  ).rows;
}

export async function addFollow(tx: Queryable, userId: string, f: Follow): Promise<void> {
  await tx.query('INSERT INTO follows (user_id, kind, target) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING', [
    userId,
    f.kind,
    f.target,
  ]);
}

export async function removeFollow(tx: Queryable, userId: string, f: Follow): Promise<boolean> {
  const r = await tx.query('DELETE FROM follows WHERE user_id = $1 AND kind = $2 AND target = $3', [
    userId,
    f.kind,
    f.target,
  ]);
  return r.affectedRows > 0;
}

/** A person's digest setting and when they last read or were sent their digest. */
export async function digestSetting(
  db: Queryable,
  userId: string,
): Promise<{ frequency: 'off' | 'weekly'; lastDigestAt: Date | null }> {
  const row = (
    await db.query<{ frequency: 'off' | 'weekly'; last_digest_at: Date | string | null }>(
      'SELECT frequency, last_digest_at FROM follow_digests WHERE user_id = $1',
      [userId],
    )
  ).rows[0];
  return {
    frequency: row?.frequency ?? 'off',
    lastDigestAt: row?.last_digest_at ? new Date(row.last_digest_at) : null,
  };
}

export async function writeFrequency(tx: Queryable, userId: string, frequency: 'off' | 'weekly'): Promise<void> {
  await tx.query(
    `INSERT INTO follow_digests (user_id, frequency) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET frequency = EXCLUDED.frequency`,
    [userId, frequency],
  );
}

/** Marks the digest read (or sent) now. */
export async function markDigest(tx: Queryable, userId: string, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO follow_digests (user_id, last_digest_at) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET last_digest_at = EXCLUDED.last_digest_at`,
    [userId, at],
  );
}

/** Erases a person's follows and digest setting (account deletion). */
export async function eraseFollows(tx: Queryable, userId: string): Promise<void> {
  await tx.query('DELETE FROM follows WHERE user_id = $1', [userId]);
  await tx.query('DELETE FROM follow_digests WHERE user_id = $1', [userId]);
}

export interface DueDigest {
  user_id: string;
  email: string;
  name: string;
  last_sent_at: Date | string | null;
  last_digest_at: Date | string | null;
}

/** People whose digest is weekly and was last e-mailed before `before` (or never), with an address. */
export async function dueForDigest(db: Queryable, before: Date): Promise<DueDigest[]> {
  return (
    await db.query<DueDigest>(
      `SELECT d.user_id, u.email, u.name, d.last_sent_at, d.last_digest_at FROM follow_digests d JOIN users u ON u.id = d.user_id
       WHERE d.frequency = 'weekly' AND (d.last_sent_at IS NULL OR d.last_sent_at <= $1)
         AND u.email IS NOT NULL AND u.disabled_at IS NULL AND u.deleted_at IS NULL
       ORDER BY d.user_id`,
      [before],
    )
  ).rows;
}

/** Records that the digest was e-mailed `at` (the page's digest keeps its own "last read"). */
export async function markDigestSent(tx: Queryable, userId: string, at: Date): Promise<void> {
  await tx.query('UPDATE follow_digests SET last_sent_at = $2 WHERE user_id = $1', [userId, at]);
}

/** Turns the digest off for the person with this address (the e-mail's unsubscribe link). */
export async function turnDigestOffFor(tx: Queryable, email: string): Promise<void> {
  await tx.query(
    `UPDATE follow_digests SET frequency = 'off' WHERE user_id IN (SELECT id FROM users WHERE lower(email) = lower($1))`,
    [email],
  );
}
