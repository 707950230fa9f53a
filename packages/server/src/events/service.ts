import { zEventRecord, type EventRecord } from '@convivio/shared';
import type { User } from '../accounts/schema.ts';
import { existingCityIds } from '../cities/service.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow, validationError } from '../errors.ts';
import { existingPracticeIds } from '../practices/service.ts';
import { blanksToNull, slugId } from '../records/normalize.ts';
import { recordRevision } from '../revisions/service.ts';
import { checkEventConsistency } from './consistency.ts';
import { assertCan } from '../accounts/policy.ts';
import { assertCanManageEvent } from './access.ts';
import { findEvent, updateEventSettings, upsertEvent, type EventRow } from './queries.ts';

export const EVENT_ENTITY = 'event';

/**
 * Validates an event record, naming every field at fault: the schema, then the
 * consistency of its parts (`strict` for finished programmes such as imports).
 */
export function parseEvent(input: unknown, opts: { strict: boolean } = { strict: false }): EventRecord {
  const rec = parseOrThrow(zEventRecord, blanksToNull(input));
  const issues = checkEventConsistency(rec, opts);
  if (issues.length) throw validationError(issues);
  return rec;
}

/** Checks that the cities and practices an event names exist; returns the problems. */
export async function referenceIssues(db: Queryable, rec: EventRecord, known: { cities?: Set<string>; practices?: Set<string> } = {}): Promise<{ field: string; message: string }[]> {
  const cityRefs: [string, string][] = [];
  if (rec.cityId) cityRefs.push(['cityId', rec.cityId]);
  rec.venues.forEach((v, i) => { if (v.cityId) cityRefs.push([`venues.${i}.cityId`, v.cityId]); });
  rec.sessions.forEach((s, i) => {
    s.people.forEach((p, j) => { if (p.cityId) cityRefs.push([`sessions.${i}.people.${j}.cityId`, p.cityId]); });
    s.presentations.forEach((p, j) => p.presenters.forEach((q, k) => { if (q.cityId) cityRefs.push([`sessions.${i}.presentations.${j}.presenters.${k}.cityId`, q.cityId]); }));
  });
  const practiceRefs: [string, string][] = [];
  rec.sessions.forEach((s, i) => s.presentations.forEach((p, j) => { if (p.practiceId) practiceRefs.push([`sessions.${i}.presentations.${j}.practiceId`, p.practiceId]); }));
  const cities = await existingCityIds(db, [...new Set(cityRefs.map(([, id]) => id))]);
  const practices = await existingPracticeIds(db, [...new Set(practiceRefs.map(([, id]) => id))]);
  const issues = [];
  for (const [field, id] of cityRefs) if (!cities.has(id) && !known.cities?.has(id)) issues.push({ field, message: `city "${id}" does not exist` });
  for (const [field, id] of practiceRefs) if (!practices.has(id) && !known.practices?.has(id)) issues.push({ field, message: `practice "${id}" does not exist in the library` });
  return issues;
}

async function writeChecked(tx: Queryable, rec: EventRecord, status: 'draft' | 'published', version: number, action: string, author: User | null): Promise<EventRow> {
  const issues = await referenceIssues(tx, rec);
  if (issues.length) throw validationError(issues);
  const row = await upsertEvent(tx, rec, status, version);
  await recordRevision(tx, { entityType: EVENT_ENTITY, entityId: rec.id, version, action, status, record: rec, author });
  return row;
}

/** Creates an event (administrators); the creator may then name organisers. */
export async function createEvent(db: Database, user: User | null, input: Record<string, unknown>, status: 'draft' | 'published' = 'draft'): Promise<EventRow> {
  const author = assertCan(user, 'event.create', null, 'create events');
  const rec = parseEvent({ ...input, id: input.id ?? (typeof input.name === 'string' ? slugId('event', input.name) : undefined) });
  return db.transaction(async (tx) => {
    if (await findEvent(tx, rec.id)) throw new AppError('conflict', `An event with id "${rec.id}" already exists: choose another id or name`, 'id');
    return writeChecked(tx, rec, status, 1, 'create', author);
  });
}

/**
 * Applies a change to an event's programme under a row lock: `change` receives the
 * current record and returns the new raw record, which is validated as a whole.
 * `expectedVersion` (when given) guards against overwriting someone else's edit.
 */
export async function changeEvent(db: Database, user: User | null, id: string, action: string,
  change: (current: EventRecord) => unknown, opts: { expectedVersion?: number | null; authorise?: (tx: Queryable) => Promise<User> } = {}): Promise<EventRow> {
  return db.transaction(async (tx) => {
    const current = await findEvent(tx, id, true);
    if (!current) throw notFound('Event', id);
    const author = opts.authorise ? await opts.authorise(tx) : await assertCanManageEvent(tx, user, id, 'change this event');
    if (opts.expectedVersion != null && opts.expectedVersion !== current.version) {
      throw new AppError('conflict', `This event was changed by someone else (now version ${current.version}, you edited version ${opts.expectedVersion}); reload and apply your change again`, 'version');
    }
    const raw = change(structuredClone(current.record));
    const rec = parseEvent({ ...(raw as Record<string, unknown>), id });
    return writeChecked(tx, rec, current.status, current.version + 1, action, author);
  });
}

/** Replaces an event's whole programme record. */
export function replaceEvent(db: Database, user: User | null, id: string, input: Record<string, unknown>, expectedVersion: number | null): Promise<EventRow> {
  return changeEvent(db, user, id, 'update', () => input, { expectedVersion });
}

/** Deletes an event with its registrations (administrators). */
export async function deleteEvent(db: Database, user: User | null, id: string): Promise<void> {
  assertCan(user, 'event.delete', null, 'delete events');
  const r = await db.query('DELETE FROM events WHERE id = $1', [id]);
  if (!r.affectedRows) throw notFound('Event', id);
}

/** Publishes, opens or closes registration and choices, switches the waiting list. */
export async function setEventSettings(db: Database, user: User | null, id: string,
  settings: { status?: 'draft' | 'published'; registrationOpen?: boolean; choicesOpen?: boolean; waitingList?: boolean }): Promise<EventRow> {
  return db.transaction(async (tx) => {
    if (!(await findEvent(tx, id, true))) throw notFound('Event', id);
    await assertCanManageEvent(tx, user, id, 'change this event\'s settings');
    const row = await updateEventSettings(tx, id, settings);
    if (!row) throw notFound('Event', id);
    return row;
  });
}
