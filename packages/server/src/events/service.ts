import { zEventRecord, type EventRecord } from '@convivio/shared';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { notFound, parseOrThrow, validationError } from '../errors.ts';
import { blanksToNull, slugId } from '../records/normalize.ts';
import {
  missingReferences,
  referenceLookup,
  refuseIssues,
  registerReferencedRecords,
  type Reference,
  type ReferenceLookup,
} from '../records/references.ts';
import { changeRecord, createRecord, type VersionedKind } from '../records/versioned.ts';
import { checkEventConsistency } from './consistency.ts';
import { assertCan } from '../accounts/policy.ts';
import { assertCanManageEvent } from './access.ts';
import { existingEventIds, findEvent, listEvents, updateEventSettings, upsertEvent, type EventRow } from './queries.ts';

registerReferencedRecords('events', { existing: existingEventIds });

/** Published events of these cities that were published, or opened registration, after a moment (the follows digest). */
export { eventOpeningsSince, type EventOpening } from './queries.ts';
export { publishedSessionsOfTheme, type ThemeSessionRow } from './theme-queries.ts';

export const EVENT_ENTITY = 'event';

/** An event as other domains show it (the home page). */
export interface EventHeadline {
  id: string;
  name: string;
  cityName: string | null;
  startDate: string;
  endDate: string;
  /** Whether it starts on or after the day asked about (else it is the latest one held). */
  upcoming: boolean;
}

/**
 * The published event starting next on or after `today` (YYYY-MM-DD), or, when none is
 * planned, the one that started last; null when there is no published event. Also the number of published events.
 */
export async function nextEvent(db: Queryable, today: string): Promise<{ next: EventHeadline | null; total: number }> {
  const rows = await listEvents(db, { draftsOf: [] });
  const published = rows.filter((r) => r.status === 'published');
  const upcoming = published
    .filter((r) => r.record.startDate >= today)
    .sort((a, b) => a.record.startDate.localeCompare(b.record.startDate));
  const row = upcoming[0] ?? published[0] ?? null;
  return {
    total: published.length,
    next: row && {
      id: row.id,
      name: row.record.name,
      cityName: row.city_name,
      startDate: row.record.startDate,
      endDate: row.record.endDate,
      upcoming: row.record.startDate >= today,
    },
  };
}

/**
 * Validates an event record, naming every field at fault: the schema, then the
 * consistency of its parts. The API and the importer use the same rules.
 */
export function parseEvent(input: unknown): EventRecord {
  const rec = parseOrThrow(zEventRecord, blanksToNull(input));
  const issues = checkEventConsistency(rec);
  if (issues.length) throw validationError(issues);
  return rec;
}

/** The cities and practices an event names exist: the API's and the importer's check. */
export async function referenceIssues(rec: EventRecord, lookup: ReferenceLookup) {
  const cityRefs: Reference[] = [['cityId', rec.cityId]];
  rec.venues.forEach((v, i) => cityRefs.push([`venues.${i}.cityId`, v.cityId]));
  rec.sessions.forEach((s, i) => {
    s.people.forEach((p, j) => cityRefs.push([`sessions.${i}.people.${j}.cityId`, p.cityId]));
    s.presentations.forEach((p, j) =>
      p.presenters.forEach((q, k) =>
        cityRefs.push([`sessions.${i}.presentations.${j}.presenters.${k}.cityId`, q.cityId]),
      ),
    );
  });
  const practiceRefs = rec.sessions.flatMap((s, i) =>
    s.presentations.map((p, j): Reference => [`sessions.${i}.presentations.${j}.practiceId`, p.practiceId]),
  );
  return [
    ...(await missingReferences(lookup, 'cities', cityRefs)),
    ...(await missingReferences(lookup, 'practices', practiceRefs)),
  ];
}

/** Events as versioned records; writing one checks its references first. */
const EVENT: VersionedKind<EventRecord, EventRow> = {
  table: 'events',
  entity: EVENT_ENTITY,
  label: 'Event',
  find: (db, id) => findEvent(db, id),
  statusOf: (row) => row.status,
  async write(tx, rec, status, version) {
    refuseIssues(await referenceIssues(rec, referenceLookup(tx)));
    return upsertEvent(tx, rec, status, version);
  },
};

/** Creates an event (administrators); the creator may then name organisers. */
export async function createEvent(
  db: Database,
  user: User | null,
  input: Record<string, unknown>,
  status: 'draft' | 'published' = 'draft',
): Promise<EventRow> {
  const author = assertCan(user, 'event.create', null, 'create events');
  const rec = parseEvent({
    ...input,
    id: input.id ?? (typeof input.name === 'string' ? slugId('event', input.name) : undefined),
  });
  return createRecord(db, EVENT, rec, { author, status });
}

/**
 * Applies a change to an event's programme under a row lock: `change` receives the
 * current record and returns the new raw record, which is validated as a whole.
 * `expectedVersion` (when given) guards against overwriting someone else's edit.
 */
export function changeEvent(
  db: Database,
  user: User | null,
  id: string,
  action: string,
  change: (current: EventRecord) => unknown,
  opts: { expectedVersion?: number | null; authorise?: (tx: Queryable) => Promise<User> } = {},
): Promise<EventRow> {
  return changeRecord(db, EVENT, id, {
    action,
    expectedVersion: opts.expectedVersion,
    authorise: (_current, tx) =>
      opts.authorise ? opts.authorise(tx) : assertCanManageEvent(tx, user, id, 'change this event'),
    next: (current) => ({
      record: parseEvent({ ...(change(structuredClone(current.record)) as Record<string, unknown>), id }),
    }),
  });
}

/** Replaces an event's whole programme record. */
export function replaceEvent(
  db: Database,
  user: User | null,
  id: string,
  input: Record<string, unknown>,
  expectedVersion: number | null,
): Promise<EventRow> {
  return changeEvent(db, user, id, 'update', () => input, { expectedVersion });
}

/** Deletes an event with its registrations (administrators). */
export async function deleteEvent(db: Database, user: User | null, id: string): Promise<void> {
  assertCan(user, 'event.delete', null, 'delete events');
  const r = await db.query('DELETE FROM events WHERE id = $1', [id]);
  if (!r.affectedRows) throw notFound('Event', id);
}

/** Publishes, opens or closes registration and choices, switches the waiting list. */
export async function setEventSettings(
  db: Database,
  user: User | null,
  id: string,
  settings: {
    status?: 'draft' | 'published';
    registrationOpen?: boolean;
    choicesOpen?: boolean;
    waitingList?: boolean;
  },
): Promise<EventRow> {
  return db.transaction(async (tx) => {
    if (!(await findEvent(tx, id, true))) throw notFound('Event', id);
    await assertCanManageEvent(tx, user, id, "change this event's settings");
    const row = await updateEventSettings(tx, id, settings);
    if (!row) throw notFound('Event', id);
    return row;
  });
}
