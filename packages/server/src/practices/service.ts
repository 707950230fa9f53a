import { zPracticeRecord, type PracticeRecord } from '@convivio/shared';
import { assertCanEditCity, canSeeDrafts } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, issuesFromZod, notFound, validationError } from '../errors.ts';
import { blanksToNull, slugId } from '../records/normalize.ts';
import { getRevision, listRevisions, recordRevision, type Revision } from '../revisions/service.ts';
import { findPractice, upsertPractice, type PracticeRow } from './queries.ts';
import { findRelated } from './related.ts';

const ENTITY = 'practice';

/** Validates a practice record, naming every field at fault. */
export function parsePractice(input: unknown, fieldPrefix = ''): PracticeRecord {
  const parsed = zPracticeRecord.safeParse(blanksToNull(input));
  if (!parsed.success) throw validationError(issuesFromZod(parsed.error.issues, fieldPrefix));
  return parsed.data;
}

/** A practice as its reader may see it: drafts only for those who may edit them. */
export async function getPractice(db: Queryable, user: User | null, id: string): Promise<PracticeRow> {
  const row = await findPractice(db, id);
  if (!row || (row.status !== 'published' && !canSeeDrafts(user, row.city_id))) throw notFound('Practice', id);
  return row;
}

async function assertCityExists(tx: Queryable, cityId: string | null, field: string): Promise<void> {
  if (!cityId) return;
  const r = await tx.query('SELECT 1 FROM cities WHERE id = $1', [cityId]);
  if (!r.rows.length) throw new AppError('validation_failed', `City "${cityId}" does not exist`, field);
}

/** Creates a practice as a draft (or published) for a city the user may edit. */
export async function createPractice(db: Database, user: User | null, input: Record<string, unknown>, status: 'draft' | 'published' = 'draft'): Promise<PracticeRow> {
  const withId = { ...input, id: input.id ?? (typeof input.name === 'string' ? slugId('practice', input.name) : undefined) };
  const rec = parsePractice(withId);
  const author = assertCanEditCity(user, rec.cityId, 'practices of this city');
  await db.transaction(async (tx) => {
    await assertCityExists(tx, rec.cityId, 'cityId');
    if ((await tx.query('SELECT 1 FROM practices WHERE id = $1', [rec.id])).rows.length) {
      throw new AppError('conflict', `A practice with id "${rec.id}" already exists: choose another id or name`, 'id');
    }
    await upsertPractice(tx, rec, status, 1);
    await recordRevision(tx, { entityType: ENTITY, entityId: rec.id, version: 1, action: 'create', status, record: rec, author });
  });
  return (await findPractice(db, rec.id))!;
}

/**
 * Replaces a practice's content. `expectedVersion` guards against overwriting someone
 * else's edit (409). An editor may not move a practice to another city.
 */
export async function updatePractice(db: Database, user: User | null, id: string, input: Record<string, unknown>, expectedVersion: number | null, action = 'update'): Promise<PracticeRow> {
  const rec = parsePractice({ ...input, id });
  await db.transaction(async (tx) => {
    const current = await findPractice(tx, id);
    if (!current) throw notFound('Practice', id);
    const author = assertCanEditCity(user, current.city_id, 'this practice');
    assertCanEditCity(author, rec.cityId, 'a practice into that city');
    if (expectedVersion !== null && expectedVersion !== current.version) {
      throw new AppError('conflict', `This practice was changed by someone else (now version ${current.version}, you edited version ${expectedVersion}); reload and apply your change again`, 'version');
    }
    await assertCityExists(tx, rec.cityId, 'cityId');
    await upsertPractice(tx, rec, current.status, current.version + 1);
    await recordRevision(tx, { entityType: ENTITY, entityId: id, version: current.version + 1, action, status: current.status, record: rec, author });
  });
  return (await findPractice(db, id))!;
}

/** Publishes or unpublishes a practice (a new revision either way). */
export async function setPracticeStatus(db: Database, user: User | null, id: string, status: 'draft' | 'published'): Promise<PracticeRow> {
  await db.transaction(async (tx) => {
    const current = await findPractice(tx, id);
    if (!current) throw notFound('Practice', id);
    const author = assertCanEditCity(user, current.city_id, 'this practice');
    if (current.status === status) return;
    await upsertPractice(tx, current.record, status, current.version + 1);
    await recordRevision(tx, { entityType: ENTITY, entityId: id, version: current.version + 1, action: status === 'published' ? 'publish' : 'unpublish', status, record: current.record, author });
  });
  return (await findPractice(db, id))!;
}

/** Every revision of a practice (editors of its city and administrators). */
export async function practiceRevisions(db: Database, user: User | null, id: string): Promise<Revision[]> {
  const current = await findPractice(db, id);
  if (!current) throw notFound('Practice', id);
  assertCanEditCity(user, current.city_id, 'this practice (its history is visible to its editors)');
  return listRevisions(db, ENTITY, id);
}

/** Restores an earlier revision's content as a new revision. */
export async function restorePractice(db: Database, user: User | null, id: string, version: number): Promise<PracticeRow> {
  const current = await findPractice(db, id);
  if (!current) throw notFound('Practice', id);
  assertCanEditCity(user, current.city_id, 'this practice');
  const revision = await getRevision(db, ENTITY, id, version);
  if (!revision) throw new AppError('not_found', `Practice "${id}" has no revision ${version}`, 'version');
  return updatePractice(db, user, id, revision.record, current.version, `restore of version ${version}`);
}

/** Practices from other cities on the same themes or target groups. */
export const relatedPractices = findRelated;
