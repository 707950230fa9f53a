import { zCityRecord, type CityRecord } from '@convivio/shared';
import { assertCan, can } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow } from '../errors.ts';
import { blanksToNull, slugId } from '../records/normalize.ts';
import { versionedOperations } from '../records/versioned.ts';
import { recordRevision, type Revision } from '../revisions/service.ts';
import { findCity, upsertCity, type CityRow } from './queries.ts';

/** What other domains read of cities (they never touch the cities table) and the hook for those that keep facts of a city. */
export { existingCityIds, findCity, listCities, publishedCities, type CityRow } from './queries.ts';
export { citiesByName, cityNames } from './city-names.ts';
export { onCityWritten, type CityBefore } from './listeners.ts';

/** The read view other domains may join for a city's name, country and status (migrations/011_city_directory.sql). */
export const CITY_DIRECTORY = 'city_directory';

const ops = versionedOperations<CityRecord, CityRow>({
  entity: 'city', label: 'City', find: findCity, upsert: upsertCity, ownerCity: (row) => row.id,
});

/** Validates a city record, naming every field at fault. */
export function parseCity(input: unknown, fieldPrefix = ''): CityRecord {
  return parseOrThrow(zCityRecord, blanksToNull(input), fieldPrefix);
}

/** A city as its reader may see it. */
export async function getCity(db: Queryable, user: User | null, id: string): Promise<CityRow> {
  const row = await findCity(db, id);
  if (!row || (row.status !== 'published' && !can(user, 'city.seeDrafts', { cityId: row.id }))) throw notFound('City', id);
  return row;
}

/** Creates a city profile (administrators). */
export async function createCity(db: Database, user: User | null, input: Record<string, unknown>, status: 'draft' | 'published' = 'published'): Promise<CityRow> {
  const rec = parseCity({ ...input, id: input.id ?? (typeof input.name === 'string' ? slugId('city', input.name) : undefined) });
  assertCan(user, 'city.create', null, 'add cities');
  return db.transaction(async (tx) => {
    if (await findCity(tx, rec.id)) throw new AppError('conflict', `A city with id "${rec.id}" already exists`, 'id');
    const row = await upsertCity(tx, rec, status, 1);
    await recordRevision(tx, { entityType: 'city', entityId: rec.id, version: 1, action: 'create', status, record: rec, author: user });
    return row;
  });
}

/** Replaces a city's profile (its editors and administrators); `expectedVersion` guards concurrent edits. */
export async function updateCity(db: Database, user: User | null, id: string, input: Record<string, unknown>, expectedVersion: number | null, action = 'update'): Promise<CityRow> {
  return ops.update(db, user, id, parseCity({ ...input, id }), expectedVersion, action);
}

/** Publishes or unpublishes a city profile. */
export const setCityStatus = ops.setStatus;

/** Every revision of a city profile (its editors and administrators). */
export const cityRevisions: (db: Database, user: User | null, id: string) => Promise<Revision[]> = ops.history;

/** Restores an earlier revision of a city profile as a new revision. */
export async function restoreCity(db: Database, user: User | null, id: string, version: number): Promise<CityRow> {
  const { record, currentVersion } = await ops.revisionRecord(db, user, id, version);
  return updateCity(db, user, id, record as Record<string, unknown>, currentVersion, `restore of version ${version}`);
}

/**
 * Records on the city profile whether the city signed the Integrating Cities Charter
 * (the charter domain calls this inside its own transaction), as a new revision.
 */
export async function recordCharterSignatory(tx: Queryable, author: User, cityId: string, signed: boolean): Promise<void> {
  const current = await findCity(tx, cityId);
  if (!current || current.record.charterSignatory === signed) return;
  const record = { ...current.record, charterSignatory: signed };
  await upsertCity(tx, record, current.status, current.version + 1);
  await recordRevision(tx, { entityType: 'city', entityId: cityId, version: current.version + 1, action: 'charter signatory', status: current.status, record, author });
}
