import { zCityRecord, type CityRecord } from '@convivio/shared';
import { assertCanEditCity, canSeeDrafts } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, issuesFromZod, notFound, validationError } from '../errors.ts';
import { blanksToNull, slugId } from '../records/normalize.ts';
import { getRevision, listRevisions, recordRevision, type Revision } from '../revisions/service.ts';
import { findCity, upsertCity, type CityRow } from './queries.ts';

const ENTITY = 'city';

/** Validates a city record, naming every field at fault. */
export function parseCity(input: unknown, fieldPrefix = ''): CityRecord {
  const parsed = zCityRecord.safeParse(blanksToNull(input));
  if (!parsed.success) throw validationError(issuesFromZod(parsed.error.issues, fieldPrefix));
  return parsed.data;
}

/** A city as its reader may see it. */
export async function getCity(db: Queryable, user: User | null, id: string): Promise<CityRow> {
  const row = await findCity(db, id);
  if (!row || (row.status !== 'published' && !canSeeDrafts(user, row.id))) throw notFound('City', id);
  return row;
}

/** Creates a city profile (administrators). */
export async function createCity(db: Database, user: User | null, input: Record<string, unknown>, status: 'draft' | 'published' = 'published'): Promise<CityRow> {
  const rec = parseCity({ ...input, id: input.id ?? (typeof input.name === 'string' ? slugId('city', input.name) : undefined) });
  if (!user) throw new AppError('unauthenticated', 'Sign in to do this');
  if (user.role !== 'admin') throw new AppError('forbidden', 'Only administrators can add cities');
  await db.transaction(async (tx) => {
    if (await findCity(tx, rec.id)) throw new AppError('conflict', `A city with id "${rec.id}" already exists`, 'id');
    await upsertCity(tx, rec, status, 1);
    await recordRevision(tx, { entityType: ENTITY, entityId: rec.id, version: 1, action: 'create', status, record: rec, author: user });
  });
  return (await findCity(db, rec.id))!;
}

/** Replaces a city's profile (its editors and administrators); `expectedVersion` guards concurrent edits. */
export async function updateCity(db: Database, user: User | null, id: string, input: Record<string, unknown>, expectedVersion: number | null, action = 'update'): Promise<CityRow> {
  const rec = parseCity({ ...input, id });
  await db.transaction(async (tx) => {
    const current = await findCity(tx, id);
    if (!current) throw notFound('City', id);
    const author = assertCanEditCity(user, id, 'this city profile');
    if (expectedVersion !== null && expectedVersion !== current.version) {
      throw new AppError('conflict', `This city was changed by someone else (now version ${current.version}, you edited version ${expectedVersion}); reload and apply your change again`, 'version');
    }
    await upsertCity(tx, rec, current.status, current.version + 1);
    await recordRevision(tx, { entityType: ENTITY, entityId: id, version: current.version + 1, action, status: current.status, record: rec, author });
  });
  return (await findCity(db, id))!;
}

/** Publishes or unpublishes a city profile. */
export async function setCityStatus(db: Database, user: User | null, id: string, status: 'draft' | 'published'): Promise<CityRow> {
  await db.transaction(async (tx) => {
    const current = await findCity(tx, id);
    if (!current) throw notFound('City', id);
    const author = assertCanEditCity(user, id, 'this city profile');
    if (current.status === status) return;
    await upsertCity(tx, current.record, status, current.version + 1);
    await recordRevision(tx, { entityType: ENTITY, entityId: id, version: current.version + 1, action: status === 'published' ? 'publish' : 'unpublish', status, record: current.record, author });
  });
  return (await findCity(db, id))!;
}

/** Every revision of a city profile (its editors and administrators). */
export async function cityRevisions(db: Database, user: User | null, id: string): Promise<Revision[]> {
  if (!(await findCity(db, id))) throw notFound('City', id);
  assertCanEditCity(user, id, 'this city profile (its history is visible to its editors)');
  return listRevisions(db, ENTITY, id);
}

/** Restores an earlier revision of a city profile as a new revision. */
export async function restoreCity(db: Database, user: User | null, id: string, version: number): Promise<CityRow> {
  const current = await findCity(db, id);
  if (!current) throw notFound('City', id);
  assertCanEditCity(user, id, 'this city profile');
  const revision = await getRevision(db, ENTITY, id, version);
  if (!revision) throw new AppError('not_found', `City "${id}" has no revision ${version}`, 'version');
  return updateCity(db, user, id, revision.record, current.version, `restore of version ${version}`);
}
