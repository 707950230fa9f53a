import type { EventRecord } from '@convivio/shared';
import type { Queryable } from '../db/database.ts';

/** Sets the session themes of an event to those its record names (called on every write of the record). */
export async function writeSessionThemes(tx: Queryable, rec: EventRecord): Promise<void> {
  await tx.query('DELETE FROM event_session_themes WHERE event_id = $1', [rec.id]);
  const links = rec.sessions.flatMap((s) => s.themes.map((l) => ({ sessionId: s.id, theme: l.theme })));
  if (!links.length) return;
  await tx.query(
    `INSERT INTO event_session_themes (event_id, session_id, theme)
     SELECT DISTINCT $1, session_id, theme FROM unnest($2::text[], $3::text[]) AS t(session_id, theme)`,
    [rec.id, links.map((l) => l.sessionId), links.map((l) => l.theme)],
  );
}

export interface ThemeSessionRow {
  event_id: string;
  event_name: string;
  session_id: string;
  title: string;
  label: string | null;
  kind: string;
  date: string;
  start: string;
}

/** The sessions of published events that deal with a theme: latest events first, each event's in programme order. */
export async function publishedSessionsOfTheme(db: Queryable, theme: string): Promise<ThemeSessionRow[]> {
  const r = await db.query<ThemeSessionRow>(
    `SELECT e.id AS event_id, e.name AS event_name, s ->> 'id' AS session_id, s ->> 'title' AS title,
       s ->> 'label' AS label, s ->> 'kind' AS kind, s ->> 'date' AS date, s ->> 'start' AS start
     FROM event_session_themes t
     JOIN events e ON e.id = t.event_id AND e.status = 'published'
     CROSS JOIN LATERAL jsonb_array_elements(e.record -> 'sessions') s
     WHERE t.theme = $1 AND s ->> 'id' = t.session_id
     ORDER BY e.start_date DESC, e.id, s ->> 'date', s ->> 'start', s ->> 'title'`,
    [theme],
  );
  return r.rows;
}
