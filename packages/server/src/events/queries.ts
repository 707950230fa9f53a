import type { EventRecord } from '@convivio/shared';
import { CITY_DIRECTORY } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { nestedIds } from './consistency.ts';
import { onlyRow } from '../db/rows.ts';
import { writeSessionThemes } from './theme-queries.ts';

export interface EventRow {
  id: string;
  name: string;
  city_id: string | null;
  status: 'draft' | 'published';
  record: EventRecord;
  registration_open: boolean;
  choices_open: boolean;
  waiting_list: boolean;
  version: number;
  created_at: string | Date;
  updated_at: string | Date;
  city_name: string | null;
}

const COLUMNS =
  'id, name, city_id, status, record, registration_open, choices_open, waiting_list, version, created_at, updated_at';

const SELECT = `SELECT e.id, e.name, e.city_id, e.status, e.record, e.registration_open, e.choices_open, e.waiting_list,
  e.version, e.created_at, e.updated_at, c.name AS city_name FROM events e LEFT JOIN ${CITY_DIRECTORY} c ON c.id = e.city_id`;

/** The event rows a write returned (`written`), with their city's name: what SELECT gives for them. */
const WITH_CITY = `SELECT e.*, c.name AS city_name FROM written e LEFT JOIN ${CITY_DIRECTORY} c ON c.id = e.city_id`;

/** One event, or null; `forUpdate` locks the row for the rest of the transaction. */
/** Which of these ids are events (any status). */
export async function existingEventIds(db: Queryable, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const r = await db.query<{ id: string }>('SELECT id FROM events WHERE id = ANY($1::text[])', [ids]);
  return new Set(r.rows.map((x) => x.id));
}

export async function findEvent(db: Queryable, id: string, forUpdate = false): Promise<EventRow | null> {
  const r = await db.query<EventRow>(`${SELECT} WHERE e.id = $1${forUpdate ? ' FOR UPDATE OF e' : ''}`, [id]);
  return r.rows[0] ?? null;
}

/** Events, earliest first: published ones plus the drafts of `draftsOf` (event ids; null = every draft). */
export async function listEvents(
  db: Queryable,
  opts: { draftsOf: string[] | null; practiceId?: string },
): Promise<EventRow[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (opts.draftsOf === null) where.push('TRUE');
  else {
    params.push(opts.draftsOf);
    where.push(`(e.status = 'published' OR e.id = ANY($${params.length}::text[]))`);
  }
  if (opts.practiceId) {
    params.push(opts.practiceId);
    where.push(`EXISTS (SELECT 1 FROM event_items i WHERE i.event_id = e.id AND i.practice_id = $${params.length})`);
  }
  const r = await db.query<EventRow>(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY e.start_date DESC, e.id`, params);
  return r.rows;
}

/** Every nested id taken by another event, to report clashes before writing. */
export async function idsTakenElsewhere(
  db: Queryable,
  rec: EventRecord,
): Promise<{ item_id: string; event_id: string }[]> {
  const ids = nestedIds(rec).map((i) => i.id);
  if (!ids.length) return [];
  const r = await db.query<{ item_id: string; event_id: string }>(
    'SELECT item_id, event_id FROM event_items WHERE item_id = ANY($1::text[]) AND event_id <> $2',
    [ids, rec.id],
  );
  return r.rows;
}

/** Inserts or replaces an event's record and its id index (the settings of an existing event are kept); resolves with the row. */
export async function upsertEvent(
  tx: Queryable,
  rec: EventRecord,
  status: 'draft' | 'published',
  version: number,
): Promise<EventRow> {
  const clash = (await idsTakenElsewhere(tx, rec))[0];
  if (clash) throw new AppError('conflict', `Id "${clash.item_id}" already belongs to event "${clash.event_id}"`, 'id');
  const written = await tx.query<EventRow>(
    `WITH written AS (INSERT INTO events (id, name, city_id, start_date, end_date, status, record, version, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8, now())
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, city_id = EXCLUDED.city_id, start_date = EXCLUDED.start_date,
       end_date = EXCLUDED.end_date, status = EXCLUDED.status, record = EXCLUDED.record, version = EXCLUDED.version, updated_at = now()
     RETURNING ${COLUMNS}) ${WITH_CITY}`,
    [rec.id, rec.name, rec.cityId, rec.startDate, rec.endDate, status, JSON.stringify(rec), version],
  );
  await tx.query('DELETE FROM event_items WHERE event_id = $1', [rec.id]);
  const items = nestedIds(rec);
  if (items.length) {
    await tx.query(
      `INSERT INTO event_items (item_id, event_id, kind, session_id, practice_id)
       SELECT item_id, $1, kind, session_id, practice_id
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(item_id, kind, session_id, practice_id)`,
      [
        rec.id,
        items.map((i) => i.id),
        items.map((i) => i.kind),
        items.map((i) => i.sessionId),
        items.map((i) => i.practiceId),
      ],
    );
  }
  await writeSessionThemes(tx, rec);
  return onlyRow(written, 'Writing an event');
}

/** Changes an event's operational settings; resolves with the row, or null when there is no such event. */
export async function updateEventSettings(
  tx: Queryable,
  id: string,
  s: { status?: string; registrationOpen?: boolean; choicesOpen?: boolean; waitingList?: boolean },
): Promise<EventRow | null> {
  const r = await tx.query<EventRow>(
    `WITH written AS (UPDATE events SET status = COALESCE($2, status), registration_open = COALESCE($3, registration_open),
       choices_open = COALESCE($4, choices_open), waiting_list = COALESCE($5, waiting_list), updated_at = now() WHERE id = $1
     RETURNING ${COLUMNS}) ${WITH_CITY}`,
    [id, s.status ?? null, s.registrationOpen ?? null, s.choicesOpen ?? null, s.waitingList ?? null],
  );
  return r.rows[0] ?? null;
}

/** A published event of a city that was published, or whose registration opened, after a moment. */
export interface EventOpening {
  id: string;
  name: string;
  city_id: string;
  start_date: string;
  published_at: Date | string;
  registration_opened_at: Date | string | null;
  registration_open: boolean;
}

/** Published events of these cities published, or whose registration opened, after `since`. */
export async function eventOpeningsSince(db: Queryable, cityIds: string[], since: Date): Promise<EventOpening[]> {
  if (!cityIds.length) return [];
  const r = await db.query<EventOpening>(
    `SELECT id, name, city_id, to_char(start_date, 'YYYY-MM-DD') AS start_date, published_at, registration_opened_at, registration_open
     FROM events WHERE status = 'published' AND city_id = ANY($1::text[])
       AND (published_at > $2 OR (registration_open AND registration_opened_at > $2))
     ORDER BY start_date, id`,
    [cityIds, since],
  );
  return r.rows;
}

/** Ids of the events this user organises. */
export async function organisedEventIds(db: Queryable, userId: string): Promise<string[]> {
  const r = await db.query<{ event_id: string }>('SELECT event_id FROM event_organisers WHERE user_id = $1', [userId]);
  return r.rows.map((x) => x.event_id);
}

/** Is this user an organiser of this event? */
export async function isOrganiser(db: Queryable, eventId: string, userId: string): Promise<boolean> {
  const r = await db.query('SELECT 1 FROM event_organisers WHERE event_id = $1 AND user_id = $2', [eventId, userId]);
  return r.rows.length > 0;
}

/** Is this user a named rapporteur of this session? */
export async function isRapporteur(
  db: Queryable,
  eventId: string,
  sessionId: string,
  userId: string,
): Promise<boolean> {
  const r = await db.query('SELECT 1 FROM event_rapporteurs WHERE event_id = $1 AND session_id = $2 AND user_id = $3', [
    eventId,
    sessionId,
    userId,
  ]);
  return r.rows.length > 0;
}

/** The sessions of an event this user is a named rapporteur of. */
export async function rapporteurSessionIds(db: Queryable, eventId: string, userId: string): Promise<string[]> {
  const r = await db.query<{ session_id: string }>(
    'SELECT session_id FROM event_rapporteurs WHERE event_id = $1 AND user_id = $2',
    [eventId, userId],
  );
  return r.rows.map((row) => row.session_id);
}

/** Where a practice was presented: event, session and presentation. */
export async function presentationsOfPractice(
  db: Queryable,
  practiceId: string,
): Promise<{ event_id: string; session_id: string; presentation_id: string }[]> {
  const r = await db.query<{ event_id: string; session_id: string; presentation_id: string }>(
    `SELECT i.event_id, i.session_id, i.item_id AS presentation_id FROM event_items i JOIN events e ON e.id = i.event_id
     WHERE i.practice_id = $1 AND i.kind = 'presentation' AND e.status = 'published' ORDER BY e.start_date DESC, i.item_id`,
    [practiceId],
  );
  return r.rows;
}
