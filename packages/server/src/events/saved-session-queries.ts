import type { Queryable } from '../db/database.ts';

/** The sessions a participant added to their agenda, oldest first. */
export async function savedSessionIds(db: Queryable, participantId: string): Promise<string[]> {
  const { rows } = await db.query<{ session_id: string }>(
    'SELECT session_id FROM event_saved_sessions WHERE participant_id = $1 ORDER BY saved_at, session_id',
    [participantId],
  );
  return rows.map((r) => r.session_id);
}

/** Adds (idempotent) or removes a session of a participant's agenda. */
export async function writeSavedSession(tx: Queryable, participantId: string, sessionId: string, saved: boolean) {
  if (saved)
    await tx.query(
      'INSERT INTO event_saved_sessions (participant_id, session_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [participantId, sessionId],
    );
  else
    await tx.query('DELETE FROM event_saved_sessions WHERE participant_id = $1 AND session_id = $2', [
      participantId,
      sessionId,
    ]);
}
