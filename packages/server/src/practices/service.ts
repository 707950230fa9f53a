import { zPracticeRecord, type PracticeRecord } from '@convivio/shared';
import { assertCan, can } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow } from '../errors.ts';
import { blanksToNull, slugId } from '../records/normalize.ts';
import { versionedOperations } from '../records/versioned.ts';
import { recordRevision, type Revision } from '../revisions/service.ts';
import { findCity } from '../cities/service.ts';
import { findPractice, upsertPractice, type PracticeRow } from './queries.ts';
import { findRelated } from './related.ts';

/** What other domains read of the practice library (they never touch its tables), and the hook cities call. */
export {
  existingPracticeIds, practicesOfCity, practiceSummaries, publishedPracticeCounts, publishedPracticeNames, publishedPracticesOfCities,
  refreshCityOfPractices, unclassifiedPracticesFromSources, type PracticeSummary, type PublishedPracticeRow,
} from './queries.ts';

const ops = versionedOperations<PracticeRecord, PracticeRow>({
  entity: 'practice', label: 'Practice', find: findPractice, upsert: upsertPractice, ownerCity: (row) => row.city_id,
});

/** Validates a practice record, naming every field at fault. */
export function parsePractice(input: unknown, fieldPrefix = ''): PracticeRecord {
  return parseOrThrow(zPracticeRecord, blanksToNull(input), fieldPrefix);
}

/** A practice as its reader may see it: drafts only for those who may edit them. */
export async function getPractice(db: Queryable, user: User | null, id: string): Promise<PracticeRow> {
  const row = await findPractice(db, id);
  if (!row || (row.status !== 'published' && !can(user, 'city.seeDrafts', { cityId: row.city_id }))) throw notFound('Practice', id);
  return row;
}

async function assertCityExists(db: Queryable, cityId: string | null, field: string): Promise<void> {
  if (!cityId) return;
  if (!(await findCity(db, cityId))) throw new AppError('validation_failed', `City "${cityId}" does not exist`, field);
}

/** Creates a practice as a draft (or published) for a city the user may edit. */
export async function createPractice(db: Database, user: User | null, input: Record<string, unknown>, status: 'draft' | 'published' = 'draft'): Promise<PracticeRow> {
  const withId = { ...input, id: input.id ?? (typeof input.name === 'string' ? slugId('practice', input.name) : undefined) };
  const rec = parsePractice(withId);
  const author = assertCan(user, 'city.edit', { cityId: rec.cityId }, 'practices of this city');
  return db.transaction(async (tx) => {
    await assertCityExists(tx, rec.cityId, 'cityId');
    if ((await tx.query('SELECT 1 FROM practices WHERE id = $1', [rec.id])).rows.length) {
      throw new AppError('conflict', `A practice with id "${rec.id}" already exists: choose another id or name`, 'id');
    }
    const row = await upsertPractice(tx, rec, status, 1);
    await recordRevision(tx, { entityType: 'practice', entityId: rec.id, version: 1, action: 'create', status, record: rec, author });
    return row;
  });
}

/**
 * Replaces a practice's content. `expectedVersion` guards against overwriting someone
 * else's edit (409). An editor may not move a practice to another city.
 */
export async function updatePractice(db: Database, user: User | null, id: string, input: Record<string, unknown>, expectedVersion: number | null, action = 'update'): Promise<PracticeRow> {
  const rec = parsePractice({ ...input, id });
  assertCan(user, 'city.edit', { cityId: rec.cityId }, 'a practice into that city');
  await assertCityExists(db, rec.cityId, 'cityId');
  return ops.update(db, user, id, rec, expectedVersion, action);
}

/** Publishes or unpublishes a practice (a new revision either way). */
export const setPracticeStatus = ops.setStatus;

/** Every revision of a practice (editors of its city and administrators). */
export const practiceRevisions: (db: Database, user: User | null, id: string) => Promise<Revision[]> = ops.history;

/** Restores an earlier revision's content as a new revision. */
export async function restorePractice(db: Database, user: User | null, id: string, version: number): Promise<PracticeRow> {
  const { record, currentVersion } = await ops.revisionRecord(db, user, id, version);
  return updatePractice(db, user, id, record as Record<string, unknown>, currentVersion, `restore of version ${version}`);
}

/** Practices from other cities on the same themes or target groups. */
export const relatedPractices = findRelated;
