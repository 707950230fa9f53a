import type { Queryable } from '../db/database.ts';

/** The messages sent to a person, for their data export (without the bodies' links). */
export async function messagesTo(db: Queryable, userId: string): Promise<unknown> {
  const r = await db.query(
    `SELECT id, recipient, template, language, subject, state, created_at AS "createdAt", sent_at AS "sentAt"
     FROM mail_outbox WHERE user_id = $1 ORDER BY created_at, id`,
    [userId],
  );
  return r.rows;
}

/** Removes the messages sent to a deleted account: they hold its address and its name. */
export async function eraseMessagesTo(tx: Queryable, userId: string): Promise<void> {
  await tx.query('DELETE FROM mail_outbox WHERE user_id = $1', [userId]);
}
