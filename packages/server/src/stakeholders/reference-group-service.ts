import { zGroupMeeting, zGroupMember, zReferenceGroupRecord, type ReferenceGroupRecord } from '@convivio/shared';
import { assertCan } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow } from '../errors.ts';
import { blanksToNull, slugId } from '../records/normalize.ts';
import {
  missingReferences,
  referenceLookup,
  refuseIssues,
  stakeholderIssues,
  type Reference,
  type ReferenceLookup,
} from '../records/references.ts';
import { changeRecord, createRecord, deleteRecord, type VersionedKind } from '../records/versioned.ts';
import {
  deleteReferenceGroupRow,
  findReferenceGroup,
  upsertReferenceGroup,
  type ReferenceGroupRow,
} from './reference-group-queries.ts';
import { today } from './engagement.ts';

const GROUP: VersionedKind<ReferenceGroupRecord, ReferenceGroupRow> = {
  table: 'reference_groups',
  entity: 'reference-group',
  label: 'Reference group',
  find: findReferenceGroup,
  write: (tx, rec, _status, version) => upsertReferenceGroup(tx, rec, version),
  statusOf: () => 'published',
};
const what = (rec: { kind: string }) =>
  rec.kind === 'international'
    ? 'the International Stakeholder Reference Group (administrators)'
    : "this city's reference group";

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

/**
 * The group's city and every stakeholder it names exist, and a local group's stakeholders
 * belong to its city: the API's and the importer's check.
 */
export async function referenceGroupIssues(rec: ReferenceGroupRecord, lookup: ReferenceLookup) {
  const refs: Reference[] = [
    ...rec.members.map((m, i): Reference => [`members.${i}.stakeholderId`, m.stakeholderId]),
    ...rec.meetings.flatMap((m, i) =>
      m.attendeeStakeholderIds.map((s, j): Reference => [`meetings.${i}.attendeeStakeholderIds.${j}`, s]),
    ),
  ];
  return [
    ...(await missingReferences(lookup, 'cities', [['cityId', rec.cityId]])),
    ...(await stakeholderIssues(
      lookup,
      refs,
      rec.kind === 'local' ? rec.cityId : null,
      "a local group's members are its city's stakeholders",
    )),
  ];
}

const checkReferences = async (tx: Queryable, rec: ReferenceGroupRecord) =>
  refuseIssues(await referenceGroupIssues(rec, referenceLookup(tx)));

/** Creates a reference group: a local one by its city's editors, the international one by administrators. */
export async function createReferenceGroup(
  db: Database,
  user: User | null,
  input: Record<string, unknown>,
): Promise<ReferenceGroupRow> {
  const name = typeof input.name === 'string' ? input.name : '';
  const rec = parseReferenceGroup({
    ...input,
    id: input.id ?? (name.trim() ? slugId('reference-group', name) : undefined),
  });
  const author = assertCan(user, 'city.edit', { cityId: rec.cityId }, what(rec));
  return createRecord(db, GROUP, rec, { author, check: (tx) => checkReferences(tx, rec) });
}

/**
 * Applies a change to a group under its row lock (so two appends made at once, a meeting
 * and a member, both survive): checks who may edit it (before and after the change),
 * validates the result, checks its references and records a revision.
 */
function changeGroup(
  db: Database,
  user: User | null,
  id: string,
  action: string,
  expectedVersion: number | null,
  change: (current: ReferenceGroupRecord) => unknown,
): Promise<ReferenceGroupRow> {
  return changeRecord(db, GROUP, id, {
    action,
    expectedVersion,
    authorise: (current) => assertCan(user, 'city.edit', { cityId: current.city_id }, what(current.record)),
    async next(current, author, tx) {
      const rec = parseReferenceGroup({ ...(change(current.record) as object), id });
      assertCan(author, 'city.edit', { cityId: rec.cityId }, what(rec));
      await checkReferences(tx, rec);
      return { record: rec };
    },
  });
}

/** Replaces a group's record. */
export const updateReferenceGroup = (
  db: Database,
  user: User | null,
  id: string,
  input: Record<string, unknown>,
  expectedVersion: number | null,
) => changeGroup(db, user, id, 'update', expectedVersion, () => input);

/** Adds a meeting (date, agenda, attendance, minutes). */
export function addMeeting(db: Database, user: User | null, id: string, input: unknown): Promise<ReferenceGroupRow> {
  const { id: _ignored, ...meeting } = parseOrThrow(zGroupMeeting, blanksToNull(input));
  return changeGroup(db, user, id, 'add meeting', null, (g) => ({
    ...g,
    meetings: [...g.meetings, meeting].sort((a, b) => a.date.localeCompare(b.date)),
  }));
}

/** Adds a member (joining today unless a date is given); a stakeholder cannot be a current member twice. */
export function addMember(db: Database, user: User | null, id: string, input: unknown): Promise<ReferenceGroupRow> {
  const { id: _ignored, ...member } = parseOrThrow(
    zGroupMember,
    blanksToNull({ joined: today(), ...(input as object) }),
  );
  return changeGroup(db, user, id, 'add member', null, (g) => {
    if (member.stakeholderId && g.members.some((m) => m.stakeholderId === member.stakeholderId && !m.left)) {
      throw new AppError('conflict', `"${member.stakeholderId}" is already a member`, 'stakeholderId');
    }
    return { ...g, members: [...g.members, member] };
  });
}

/** Records that a member left the group on a date (today by default); the membership stays in the history. */
export function memberLeaves(
  db: Database,
  user: User | null,
  id: string,
  memberId: string,
  date: string | null,
): Promise<ReferenceGroupRow> {
  return changeGroup(db, user, id, 'member left', null, (g) => {
    const m = g.members.find((x) => x.id === memberId);
    if (!m) throw notFound('Member', memberId);
    if (m.left) throw new AppError('conflict', `This member already left on ${m.left}`, 'left');
    return { ...g, members: g.members.map((x) => (x.id === memberId ? { ...x, left: date ?? today() } : x)) };
  });
}

/** Deletes a reference group with its history of members and meetings. */
export function deleteReferenceGroup(db: Database, user: User | null, id: string): Promise<void> {
  return deleteRecord(db, GROUP, id, {
    authorise: (current) => assertCan(user, 'city.edit', { cityId: current.city_id }, what(current.record)),
    remove: deleteReferenceGroupRow,
  });
}
