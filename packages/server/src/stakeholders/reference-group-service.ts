import { zGroupMeeting, zGroupMember, zReferenceGroupRecord, type ReferenceGroupRecord } from '@convivio/shared';
import { assertCan } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, type FieldIssue, notFound, parseOrThrow, validationError } from '../errors.ts';
import { blanksToNull, slugId } from '../records/normalize.ts';
import { recordRevision } from '../revisions/service.ts';
import { stakeholderCities } from './queries.ts';
import { deleteReferenceGroupRow, findReferenceGroup, upsertReferenceGroup, type ReferenceGroupRow } from './reference-group-queries.ts';
import { requireCity } from './service.ts';
import { today } from './engagement.ts';

const ENTITY = 'reference-group';
const what = (rec: { kind: string }) => (rec.kind === 'international' ? 'the International Stakeholder Reference Group (administrators)' : "this city's reference group");

/** Validates a reference group record (the extraction's `memberStakeholderIds` are folded into members). */
export function parseReferenceGroup(input: unknown, fieldPrefix = ''): ReferenceGroupRecord {
  return parseOrThrow(zReferenceGroupRecord, blanksToNull(input), fieldPrefix);
}

/** One reference group, or a 404. */
export async function getReferenceGroup(db: Queryable, id: string): Promise<ReferenceGroupRow> {
  const row = await findReferenceGroup(db, id);
  if (!row) throw notFound('Reference group', id);
  return row;
}

/** Every stakeholder a group names exists, and a local group's belong to its city. */
async function checkStakeholders(db: Queryable, rec: ReferenceGroupRecord): Promise<void> {
  const refs: [string, string][] = [
    ...rec.members.flatMap((m, i): [string, string][] => (m.stakeholderId ? [[`members.${i}.stakeholderId`, m.stakeholderId]] : [])),
    ...rec.meetings.flatMap((m, i) => m.attendeeStakeholderIds.map((s, j): [string, string] => [`meetings.${i}.attendeeStakeholderIds.${j}`, s])),
  ];
  const cities = await stakeholderCities(db, [...new Set(refs.map(([, id]) => id))]);
  const issues: FieldIssue[] = [];
  for (const [field, id] of refs) {
    const city = cities.get(id);
    if (!city) issues.push({ field, message: `stakeholder "${id}" does not exist` });
    else if (rec.kind === 'local' && city !== rec.cityId) issues.push({ field, message: `stakeholder "${id}" belongs to ${city}, not to ${rec.cityId}` });
  }
  if (issues.length) throw validationError(issues);
}

/** Creates a reference group: a local one by its city's editors, the international one by administrators. */
export async function createReferenceGroup(db: Database, user: User | null, input: Record<string, unknown>): Promise<ReferenceGroupRow> {
  const name = typeof input.name === 'string' ? input.name : '';
  const rec = parseReferenceGroup({ ...input, id: input.id ?? (name.trim() ? slugId('reference-group', name) : undefined) });
  const author = assertCan(user, 'city.edit', { cityId: rec.cityId }, what(rec));
  return db.transaction(async (tx) => {
    if (rec.cityId) await requireCity(tx, rec.cityId);
    if (await findReferenceGroup(tx, rec.id)) throw new AppError('conflict', `A reference group with id "${rec.id}" already exists`, 'id');
    await checkStakeholders(tx, rec);
    const row = await upsertReferenceGroup(tx, rec, 1);
    await recordRevision(tx, { entityType: ENTITY, entityId: rec.id, version: 1, action: 'create', status: 'published', record: rec, author });
    return row;
  });
}

/**
 * Applies a change to a group inside one transaction: checks who may edit it (before and
 * after the change), validates the result, checks its stakeholders and records a revision.
 */
async function changeGroup(db: Database, user: User | null, id: string, action: string, expectedVersion: number | null,
  change: (current: ReferenceGroupRecord) => unknown): Promise<ReferenceGroupRow> {
  return db.transaction(async (tx) => {
    // Lock the row so two appends (a meeting, a member) made at once both survive.
    await tx.query('SELECT 1 FROM reference_groups WHERE id = $1 FOR UPDATE', [id]);
    const current = await findReferenceGroup(tx, id);
    if (!current) throw notFound('Reference group', id);
    const author = assertCan(user, 'city.edit', { cityId: current.city_id }, what(current.record));
    if (expectedVersion !== null && expectedVersion !== current.version) {
      throw new AppError('conflict', `This group was changed by someone else (now version ${current.version}, you edited version ${expectedVersion}); reload and apply your change again`, 'version');
    }
    const rec = parseReferenceGroup({ ...(change(current.record) as object), id });
    assertCan(author, 'city.edit', { cityId: rec.cityId }, what(rec));
    if (rec.cityId) await requireCity(tx, rec.cityId);
    await checkStakeholders(tx, rec);
    const row = await upsertReferenceGroup(tx, rec, current.version + 1);
    await recordRevision(tx, { entityType: ENTITY, entityId: id, version: current.version + 1, action, status: 'published', record: rec, author });
    return row;
  });
}

/** Replaces a group's record. */
export const updateReferenceGroup = (db: Database, user: User | null, id: string, input: Record<string, unknown>, expectedVersion: number | null) =>
  changeGroup(db, user, id, 'update', expectedVersion, () => input);

/** Adds a meeting (date, agenda, attendance, minutes). */
export function addMeeting(db: Database, user: User | null, id: string, input: unknown): Promise<ReferenceGroupRow> {
  const { id: _ignored, ...meeting } = parseOrThrow(zGroupMeeting, blanksToNull(input));
  return changeGroup(db, user, id, 'add meeting', null, (g) => ({ ...g, meetings: [...g.meetings, meeting].sort((a, b) => a.date.localeCompare(b.date)) }));
}

/** Adds a member (joining today unless a date is given); a stakeholder cannot be a current member twice. */
export function addMember(db: Database, user: User | null, id: string, input: unknown): Promise<ReferenceGroupRow> {
  const { id: _ignored, ...member } = parseOrThrow(zGroupMember, blanksToNull({ joined: today(), ...(input as object) }));
  return changeGroup(db, user, id, 'add member', null, (g) => {
    if (member.stakeholderId && g.members.some((m) => m.stakeholderId === member.stakeholderId && !m.left)) {
      throw new AppError('conflict', `"${member.stakeholderId}" is already a member`, 'stakeholderId');
    }
    return { ...g, members: [...g.members, member] };
  });
}

/** Records that a member left the group on a date (today by default); the membership stays in the history. */
export function memberLeaves(db: Database, user: User | null, id: string, memberId: string, date: string | null): Promise<ReferenceGroupRow> {
  return changeGroup(db, user, id, 'member left', null, (g) => {
    const m = g.members.find((x) => x.id === memberId);
    if (!m) throw notFound('Member', memberId);
    if (m.left) throw new AppError('conflict', `This member already left on ${m.left}`, 'left');
    return { ...g, members: g.members.map((x) => (x.id === memberId ? { ...x, left: date ?? today() } : x)) };
  });
}

/** Deletes a reference group with its history of members and meetings. */
export async function deleteReferenceGroup(db: Database, user: User | null, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await findReferenceGroup(tx, id);
    if (!current) throw notFound('Reference group', id);
    const author = assertCan(user, 'city.edit', { cityId: current.city_id }, what(current.record));
    await deleteReferenceGroupRow(tx, id);
    await recordRevision(tx, { entityType: ENTITY, entityId: id, version: current.version + 1, action: 'delete', status: 'deleted', record: current.record, author });
  });
}
