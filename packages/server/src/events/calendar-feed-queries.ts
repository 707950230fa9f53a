import type { Queryable } from '../db/database.ts';
import { onlyRow } from '../db/rows.ts';

/** A registration's subscription address as stored: the hash of its secret and when it was made. */
export interface FeedRow {
  participant_id: string;
  created_at: string | Date;
}

/** Stores (or replaces) the hash of a registration's subscription secret. */
export async function upsertFeed(tx: Queryable, participantId: string, tokenHash: string): Promise<FeedRow> {
  const r = await tx.query<FeedRow>(
    `INSERT INTO event_calendar_feeds (participant_id, token_hash) VALUES ($1, $2)
     ON CONFLICT (participant_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()
     RETURNING participant_id, created_at`,
    [participantId, tokenHash],
  );
  return onlyRow(r, 'Writing an event registration');
}

/** Deletes a registration's subscription address; whether there was one. */
export async function deleteFeed(db: Queryable, participantId: string): Promise<boolean> {
  const r = await db.query(`DELETE FROM event_calendar_feeds WHERE participant_id = $1 RETURNING participant_id`, [
    participantId,
  ]);
  return r.rows.length > 0;
}

/** The registration's subscription address, or null. */
export async function findFeed(db: Queryable, participantId: string): Promise<FeedRow | null> {
  const r = await db.query<FeedRow>(
    `SELECT participant_id, created_at FROM event_calendar_feeds WHERE participant_id = $1`,
    [participantId],
  );
  return r.rows[0] ?? null;
}

/** The event and registration a secret's hash belongs to, or null. */
export async function feedOwner(
  db: Queryable,
  tokenHash: string,
): Promise<{ event_id: string; participant_id: string } | null> {
  const r = await db.query<{ event_id: string; participant_id: string }>(
    `SELECT p.event_id, p.id AS participant_id FROM event_calendar_feeds f
     JOIN event_participants p ON p.id = f.participant_id WHERE f.token_hash = $1`,
    [tokenHash],
  );
  return r.rows[0] ?? null;
}
