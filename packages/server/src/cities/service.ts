import { zCityRecord, type CityRecord } from '@convivio/shared';
import { assertCan, can } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { notFound, parseOrThrow, validationError } from '../errors.ts';
import { blanksToNull, slugId } from '../records/normalize.ts';
import { registerReferencedRecords } from '../records/references.ts';
import { applyChange, createRecord, versionedOperations, type CityOwnedKind } from '../records/versioned.ts';
import type { Revision } from '../revisions/service.ts';
import { existingCityIds, findCity, upsertCity, type CityRow } from './queries.ts';

/** What other domains read of cities (they never touch the cities table) and the hook for those that keep facts of a city. */
export { existingCityIds, findCity, listCities, publishedCities, type CityRow } from './queries.ts';
export { citiesByName, cityNames } from './city-names.ts';
export { onCityWritten, type CityBefore } from './listeners.ts';

/** The read view other domains may join for a city's name, country and status (migrations/011_city_directory.sql). */
export const CITY_DIRECTORY = 'city_directory';

const CITY: CityOwnedKind<CityRecord, CityRow> = {
  table: 'cities',
  entity: 'city',
  label: 'City',
  find: findCity,
  write: upsertCity,
  statusOf: (row) => row.status,
  ownerCity: (row) => row.id,
};
const ops = versionedOperations(CITY);

// Other records' references to cities are checked through this lookup.
registerReferencedRecords('cities', { existing: existingCityIds });

/** Validates a city record, naming every field at fault; a location needs both its latitude and its longitude. */
export function parseCity(input: unknown, fieldPrefix = ''): CityRecord {
  const rec = parseOrThrow(zCityRecord, blanksToNull(input), fieldPrefix);
  if ((rec.latitude === null) !== (rec.longitude === null)) {
    const missing = rec.latitude === null ? 'latitude' : 'longitude';
    throw validationError([
      {
        field: [fieldPrefix, missing].filter(Boolean).join('.'),
        message: 'is required when the other coordinate is given (both or neither)',
      },
    ]);
  }
  return rec;
}

/** A city as its reader may see it. */
export async function getCity(db: Queryable, user: User | null, id: string): Promise<CityRow> {
  const row = await findCity(db, id);
  if (!row || (row.status !== 'published' && !can(user, 'city.seeDrafts', { cityId: row.id })))
    throw notFound('City', id);
  return row;
}

/** Creates a city profile (administrators). */
export async function createCity(
  db: Database,
  user: User | null,
  input: Record<string, unknown>,
  status: 'draft' | 'published' = 'published',
): Promise<CityRow> {
  const rec = parseCity({
    ...input,
    id: input.id ?? (typeof input.name === 'string' ? slugId('city', input.name) : undefined),
  });
  const author = assertCan(user, 'city.create', null, 'add cities');
  return createRecord(db, CITY, rec, { author, status });
}

/** Replaces a city's profile (its editors and administrators); `expectedVersion` guards concurrent edits. */
export async function updateCity(
  db: Database,
  user: User | null,
  id: string,
  input: Record<string, unknown>,
  expectedVersion: number | null,
  action = 'update',
): Promise<CityRow> {
  return ops.update(db, user, id, parseCity({ ...input, id }), expectedVersion, action);
}

/** Publishes or unpublishes a city profile. */
export const setCityStatus = ops.setStatus;

/** Every revision of a city profile (its editors and administrators). */
export const cityRevisions = (db: Database, user: User | null, id: string): Promise<Revision[]> =>
  ops.history(db, user, id);

/** Restores an earlier revision of a city profile as a new revision. */
export async function restoreCity(db: Database, user: User | null, id: string, version: number): Promise<CityRow> {
  const { record, currentVersion } = await ops.revisionRecord(db, user, id, version);
  return updateCity(db, user, id, record as Record<string, unknown>, currentVersion, `restore of version ${version}`);
}

/**
 * Records on the city profile whether the city signed the Integrating Cities Charter
 * (the charter domain calls this inside its own transaction), as a new revision.
 */
export async function recordCharterSignatory(
  tx: Queryable,
  author: User,
  cityId: string,
  signed: boolean,
): Promise<void> {
  await applyChange(tx, CITY, cityId, {
    action: 'charter signatory',
    authorise: () => author,
    next: (current) =>
      current.record.charterSignatory === signed ? null : { record: { ...current.record, charterSignatory: signed } },
  });
}
