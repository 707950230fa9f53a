import { zStakeholderRecord, type StakeholderRecord } from '@convivio/shared';
import { assertCan } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import { findCity, getCity, type CityRow } from '../cities/service.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow, validationError } from '../errors.ts';
import { blanksToNull, slugId } from '../records/normalize.ts';
import { recordRevision } from '../revisions/service.ts';
import { withEngagementHistory } from './engagement.ts';
import { existingPracticeIds } from '../practices/service.ts';
import { deleteStakeholderRow, findStakeholder, listCityStakeholders, upsertStakeholder, type StakeholderRow } from './queries.ts';
import { stakeholderReferences } from './references.ts';

/** What other domains read of stakeholders and reference groups (they never touch their tables). */
export {
  existingStakeholderIds, listCityStakeholders, listStakeholdersOfCities, stakeholderCities, stakeholderNames, type StakeholderRow,
} from './queries.ts';
export { listReferenceGroups } from './reference-group-queries.ts';
export { listParticipatoryMethods } from './methods.ts';
export { currentMembers } from './presenter.ts';
export { linkLabs, type LabLinks } from './lab-links.ts';

/** The read view other domains may join for a contact person's name and profile (migrations/151_contact_directory.sql). */
export const CONTACT_DIRECTORY = 'contact_directory';

const ENTITY = 'stakeholder';

/** Validates a stakeholder record, naming every field at fault. */
export function parseStakeholder(input: unknown, fieldPrefix = ''): StakeholderRecord {
  return parseOrThrow(zStakeholderRecord, blanksToNull(input), fieldPrefix);
}

/** The id a new stakeholder gets: `stakeholder-<city slug>-<name slug>`. */
export const stakeholderIdFor = (cityId: string, name: string) => slugId('stakeholder', `${cityId.replace(/^city-/, '')} ${name}`);

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
export const visibleCity = (db: Queryable, user: User | null, cityId: string): Promise<CityRow> => getCity(db, user, cityId);

/** A city's stakeholder map. */
export async function listStakeholders(db: Queryable, user: User | null, cityId: string): Promise<StakeholderRow[]> {
  await visibleCity(db, user, cityId);
  return listCityStakeholders(db, cityId);
}

/** Throws a validation error naming each practice id that does not exist. */
export async function assertPracticesExist(db: Queryable, ids: string[], field = 'practiceIds'): Promise<void> {
  const found = await existingPracticeIds(db, ids);
  const issues = ids.flatMap((id, i) => (found.has(id) ? [] : [{ field: `${field}.${i}`, message: `practice "${id}" does not exist` }]));
  if (issues.length) throw validationError(issues);
}

/** Records a city's stakeholder (its editors and administrators). */
export async function createStakeholder(db: Database, user: User | null, cityId: string, input: Record<string, unknown>): Promise<StakeholderRow> {
  const author = assertCan(user, 'city.edit', { cityId }, "this city's stakeholders");
  const name = typeof input.name === 'string' ? input.name : '';
  const parsed = parseStakeholder({ ...input, cityId, id: input.id ?? (name.trim() ? stakeholderIdFor(cityId, name) : undefined) });
  const rec = withEngagementHistory(parsed, null, { historySent: 'engagementHistory' in input, statusDate: dateOrNull(input.statusDate) });
  return db.transaction(async (tx) => {
    await requireCity(tx, cityId);
    await assertPracticesExist(tx, rec.practiceIds);
    if (await findStakeholder(tx, rec.id)) throw new AppError('conflict', `A stakeholder with id "${rec.id}" already exists: choose another name or id`, 'id');
    const row = await upsertStakeholder(tx, rec, 1);
    await recordRevision(tx, { entityType: ENTITY, entityId: rec.id, version: 1, action: 'create', status: 'published', record: rec, author });
    return row;
  });
}

/** Replaces a stakeholder's record; a changed engagement status is added to its dated history. */
export async function updateStakeholder(db: Database, user: User | null, id: string, input: Record<string, unknown>, expectedVersion: number | null): Promise<StakeholderRow> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT 1 FROM stakeholders WHERE id = $1 FOR UPDATE', [id]);
    const current = await findStakeholder(tx, id);
    if (!current) throw notFound('Stakeholder', id);
    const author = assertCan(user, 'city.edit', { cityId: current.city_id }, 'this stakeholder');
    const parsed = parseStakeholder({ ...input, id, cityId: input.cityId ?? current.city_id });
    if (parsed.cityId !== current.city_id) throw new AppError('validation_failed', 'A stakeholder cannot move to another city; record it there instead', 'cityId');
    if (expectedVersion !== null && expectedVersion !== current.version) {
      throw new AppError('conflict', `This stakeholder was changed by someone else (now version ${current.version}, you edited version ${expectedVersion}); reload and apply your change again`, 'version');
    }
    const rec = withEngagementHistory(parsed, current.record, { historySent: 'engagementHistory' in input, statusDate: dateOrNull(input.statusDate) });
    await assertPracticesExist(tx, rec.practiceIds);
    const row = await upsertStakeholder(tx, rec, current.version + 1);
    await recordRevision(tx, { entityType: ENTITY, entityId: id, version: current.version + 1, action: 'update', status: 'published', record: rec, author });
    return row;
  });
}

/** Deletes a stakeholder that no reference group or lab refers to (its contact persons go with it). */
export async function deleteStakeholder(db: Database, user: User | null, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await findStakeholder(tx, id);
    if (!current) throw notFound('Stakeholder', id);
    const author = assertCan(user, 'city.edit', { cityId: current.city_id }, 'this stakeholder');
    const refs = await stakeholderReferences(tx, id);
    if (refs.length) throw new AppError('conflict', `"${current.name}" is still part of ${refs.join(', ')}; remove it there first`, 'id');
    await deleteStakeholderRow(tx, id);
    await recordRevision(tx, { entityType: ENTITY, entityId: id, version: current.version + 1, action: 'delete', status: 'deleted', record: current.record, author });
  });
}

function dateOrNull(v: unknown): string | null {
  if (typeof v !== 'string' || !v.trim()) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new AppError('validation_failed', 'statusDate: must be a date YYYY-MM-DD', 'statusDate');
  return v;
}
