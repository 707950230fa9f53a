import { zStakeholderRecord, type StakeholderRecord } from '@convivio/shared';
import { assertCan } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import { findCity, getCity, type CityRow } from '../cities/service.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow } from '../errors.ts';
import { blanksToNull, slugId } from '../records/normalize.ts';
import {
  missingReferences,
  referenceLookup,
  refuseIssues,
  registerReferencedRecords,
  type Reference,
  type ReferenceLookup,
} from '../records/references.ts';
import { changeRecord, createRecord, deleteRecord, type VersionedKind } from '../records/versioned.ts';
import { withEngagementHistory } from './engagement.ts';
import {
  contactCount,
  deleteStakeholderRow,
  existingStakeholderIds,
  findStakeholder,
  listCityStakeholders,
  stakeholderCities,
  upsertStakeholder,
  type StakeholderRow,
} from './queries.ts';
import { stakeholderReferences } from './references.ts';

/** What other domains read of stakeholders and reference groups (they never touch their tables). */
export {
  existingStakeholderIds,
  listCityStakeholders,
  listStakeholdersOfCities,
  stakeholderCities,
  stakeholderNames,
  type StakeholderRow,
} from './queries.ts';
export { listReferenceGroups } from './reference-group-queries.ts';
export { listParticipatoryMethods } from './methods.ts';
export { currentMembers } from './presenter.ts';
export { linkLabs, type LabLinks } from './lab-links.ts';

/** The read view other domains may join for a contact person's name and profile (migrations/151_contact_directory.sql). */
export const CONTACT_DIRECTORY = 'contact_directory';

const STAKEHOLDER: VersionedKind<StakeholderRecord, StakeholderRow> = {
  table: 'stakeholders',
  entity: 'stakeholder',
  label: 'Stakeholder',
  find: findStakeholder,
  write: (tx, rec, _status, version) => upsertStakeholder(tx, rec, version),
  statusOf: () => 'published',
};

// Other records' references to stakeholders (and the stakeholders' cities) are checked through this lookup.
registerReferencedRecords('stakeholders', { existing: existingStakeholderIds, cities: stakeholderCities });

/** Validates a stakeholder record, naming every field at fault. */
export function parseStakeholder(input: unknown, fieldPrefix = ''): StakeholderRecord {
  return parseOrThrow(zStakeholderRecord, blanksToNull(input), fieldPrefix);
}

/** The id a new stakeholder gets: `stakeholder-<city slug>-<name slug>`. */
export const stakeholderIdFor = (cityId: string, name: string) =>
  slugId('stakeholder', `${cityId.replace(/^city-/, '')} ${name}`);

/** A city that exists, or a 404. */
export async function requireCity(db: Queryable, cityId: string): Promise<CityRow> {
  const city = await findCity(db, cityId);
  if (!city) throw notFound('City', cityId);
  return city;
}

/** One stakeholder, or a 404. Stakeholders are organisations: anyone may read them. */
export async function getStakeholder(db: Queryable, id: string): Promise<StakeholderRow> {
  const row = await findStakeholder(db, id);
  if (!row) throw notFound('Stakeholder', id);
  return row;
}

/** A city its reader may see (a draft city only for those who may edit it), or a 404. */
export const visibleCity = (db: Queryable, user: User | null, cityId: string): Promise<CityRow> =>
  getCity(db, user, cityId);

/** A city's stakeholder map. */
export async function listStakeholders(db: Queryable, user: User | null, cityId: string): Promise<StakeholderRow[]> {
  await visibleCity(db, user, cityId);
  return listCityStakeholders(db, cityId);
}

/** The city and the practices a stakeholder names exist: the API's and the importer's check. */
export async function stakeholderReferenceIssues(rec: StakeholderRecord, lookup: ReferenceLookup) {
  return [
    ...(await missingReferences(lookup, 'cities', [['cityId', rec.cityId]])),
    ...(await missingReferences(
      lookup,
      'practices',
      rec.practiceIds.map((id, i): Reference => [`practiceIds.${i}`, id]),
    )),
  ];
}

/** Records a city's stakeholder (its editors and administrators). */
export async function createStakeholder(
  db: Database,
  user: User | null,
  cityId: string,
  input: Record<string, unknown>,
): Promise<StakeholderRow> {
  const author = assertCan(user, 'city.edit', { cityId }, "this city's stakeholders");
  const name = typeof input.name === 'string' ? input.name : '';
  const parsed = parseStakeholder({
    ...input,
    cityId,
    id: input.id ?? (name.trim() ? stakeholderIdFor(cityId, name) : undefined),
  });
  const rec = withEngagementHistory(parsed, null, {
    historySent: 'engagementHistory' in input,
    statusDate: dateOrNull(input.statusDate),
  });
  return createRecord(db, STAKEHOLDER, rec, {
    author,
    check: async (tx) => {
      await requireCity(tx, cityId);
      refuseIssues(await stakeholderReferenceIssues(rec, referenceLookup(tx)));
    },
  });
}

/** Replaces a stakeholder's record; a changed engagement status is added to its dated history. */
export function updateStakeholder(
  db: Database,
  user: User | null,
  id: string,
  input: Record<string, unknown>,
  expectedVersion: number | null,
): Promise<StakeholderRow> {
  return changeRecord(db, STAKEHOLDER, id, {
    action: 'update',
    expectedVersion,
    authorise: (current) => assertCan(user, 'city.edit', { cityId: current.city_id }, 'this stakeholder'),
    async next(current, _author, tx) {
      const parsed = parseStakeholder({ ...input, id, cityId: input.cityId ?? current.city_id });
      if (parsed.cityId !== current.city_id)
        throw new AppError(
          'validation_failed',
          'A stakeholder cannot move to another city; record it there instead',
          'cityId',
        );
      const rec = withEngagementHistory(parsed, current.record, {
        historySent: 'engagementHistory' in input,
        statusDate: dateOrNull(input.statusDate),
      });
      refuseIssues(await stakeholderReferenceIssues(rec, referenceLookup(tx)));
      return { record: rec };
    },
  });
}

/** What deleting a stakeholder would take with it, for its editors to confirm; `blockedBy` when it cannot be deleted now. */
export async function stakeholderDeletion(db: Queryable, user: User | null, id: string) {
  const row = await findStakeholder(db, id);
  if (!row) throw notFound('Stakeholder', id);
  assertCan(user, 'city.edit', { cityId: row.city_id }, 'this stakeholder');
  return {
    row,
    contacts: await contactCount(db, id),
    practiceLinks: row.record.practiceIds.length,
    engagementEvents: row.record.engagementHistory.length,
    blockedBy: await stakeholderReferences(db, id),
  };
}

/** Deletes a stakeholder that no reference group or lab refers to (its contact persons go with it). */
export function deleteStakeholder(db: Database, user: User | null, id: string): Promise<void> {
  return deleteRecord(db, STAKEHOLDER, id, {
    authorise: (current) => assertCan(user, 'city.edit', { cityId: current.city_id }, 'this stakeholder'),
    async check(current, tx) {
      const refs = await stakeholderReferences(tx, id);
      if (refs.length)
        throw new AppError(
          'conflict',
          `"${current.name}" is still part of ${refs.join(', ')}; remove it there first`,
          'id',
        );
    },
    remove: deleteStakeholderRow,
  });
}

function dateOrNull(v: unknown): string | null {
  if (typeof v !== 'string' || !v.trim()) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v))
    throw new AppError('validation_failed', 'statusDate: must be a date YYYY-MM-DD', 'statusDate');
  return v;
}
