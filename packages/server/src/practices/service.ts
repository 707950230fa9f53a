import { practiceRuleIssues, zPracticeRecord, type PracticeRecord } from '@convivio/shared';
import { assertCan, can } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow, validationError } from '../errors.ts';
import { blanksToNull, slugId } from '../records/normalize.ts';
import {
  missingReferences,
  referenceLookup,
  refuseIssues,
  registerReferencedRecords,
  type Reference,
  type ReferenceLookup,
} from '../records/references.ts';
import { createRecord, versionedOperations, type CityOwnedKind } from '../records/versioned.ts';
import { diffRecords, type FieldDiff } from '../revisions/diff.ts';
import type { Revision } from '../revisions/service.ts';
import { existingPracticeIds, findPractice, upsertPractice, type PracticeRow } from './queries.ts';
import { findRelated } from './related.ts';

/** What other domains read of the practice library (they never touch its tables), and the hook cities call. */
export {
  existingPracticeIds,
  practicesOfCity,
  practiceSummaries,
  publishedPracticeCounts,
  publishedPracticeNames,
  publishedPracticesOfCities,
  publishedPracticesChangedSince,
  publishedPracticesOfTheme,
  publishedThemeCounts,
  refreshCityOfPractices,
  unclassifiedPracticesFromSources,
  type PracticeSummary,
  type PublishedPracticeRow,
} from './queries.ts';

const PRACTICE: CityOwnedKind<PracticeRecord, PracticeRow> = {
  table: 'practices',
  entity: 'practice',
  label: 'Practice',
  find: findPractice,
  write: upsertPractice,
  statusOf: (row) => row.status,
  ownerCity: (row) => row.city_id,
};
const ops = versionedOperations(PRACTICE);

// Other records' references to practices are checked through this lookup.
registerReferencedRecords('practices', { existing: existingPracticeIds });

/** Reads a stored practice record (its shape only: an old revision may break rules added since). */
export function readPracticeRecord(input: unknown): PracticeRecord {
  return parseOrThrow(zPracticeRecord, blanksToNull(input));
}

/** Validates a practice record, its fields and the rules across them, naming every field at fault. */
export function parsePractice(input: unknown, fieldPrefix = ''): PracticeRecord {
  const rec = parseOrThrow(zPracticeRecord, blanksToNull(input), fieldPrefix);
  const broken = practiceRuleIssues(rec);
  if (broken.length)
    throw validationError(
      broken.map((i) => ({ field: [fieldPrefix, i.field].filter(Boolean).join('.'), message: i.message })),
    );
  return rec;
}

/** A practice as its reader may see it: drafts only for those who may edit them. */
export async function getPractice(db: Queryable, user: User | null, id: string): Promise<PracticeRow> {
  const row = await findPractice(db, id);
  if (!row || (row.status !== 'published' && !can(user, 'city.seeDrafts', { cityId: row.city_id })))
    throw notFound('Practice', id);
  return row;
}

/** The cities a practice names (its own and its partners) exist: the API's and the importer's check. */
export function practiceReferenceIssues(rec: PracticeRecord, lookup: ReferenceLookup) {
  return missingReferences(lookup, 'cities', [
    ['cityId', rec.cityId],
    ...rec.partnerCityIds.map((id, i): Reference => [`partnerCityIds.${i}`, id]),
  ]);
}

const checkReferences = (rec: PracticeRecord) => async (tx: Queryable) =>
  refuseIssues(await practiceReferenceIssues(rec, referenceLookup(tx)));

/** Creates a practice as a draft (or published) for a city the user may edit. */
export async function createPractice(
  db: Database,
  user: User | null,
  input: Record<string, unknown>,
  status: 'draft' | 'published' = 'draft',
): Promise<PracticeRow> {
  const withId = {
    ...input,
    id: input.id ?? (typeof input.name === 'string' ? slugId('practice', input.name) : undefined),
  };
  const rec = parsePractice(withId);
  const author = assertCan(user, 'city.edit', { cityId: rec.cityId }, 'practices of this city');
  return createRecord(db, PRACTICE, rec, { author, status, check: checkReferences(rec) });
}

/**
 * Replaces a practice's content. `expectedVersion` guards against overwriting someone
 * else's edit (409). An editor may not move a practice to another city.
 */
export async function updatePractice(
  db: Database,
  user: User | null,
  id: string,
  input: Record<string, unknown>,
  expectedVersion: number | null,
  action = 'update',
): Promise<PracticeRow> {
  const rec = parsePractice({ ...input, id });
  assertCan(user, 'city.edit', { cityId: rec.cityId }, 'a practice into that city');
  return ops.update(db, user, id, rec, expectedVersion, action, checkReferences(rec));
}

/** Publishes or unpublishes a practice (a new revision either way). */
export const setPracticeStatus = ops.setStatus;

/** Every revision of a practice (editors of its city and administrators). */
export const practiceRevisions = (db: Database, user: User | null, id: string): Promise<Revision[]> =>
  ops.history(db, user, id);

/** What changed, field by field, from one version of a practice to another (who may see its history). */
export async function comparePracticeRevisions(
  db: Database,
  user: User | null,
  id: string,
  from: number,
  to: number,
): Promise<{ from: Revision; to: Revision; fields: FieldDiff[] }> {
  const revisions = await practiceRevisions(db, user, id);
  const find = (version: number, field: string) => {
    const r = revisions.find((x) => x.version === version);
    if (!r) throw new AppError('not_found', `Practice "${id}" has no version ${version}`, field);
    return r;
  };
  const a = find(from, 'from');
  const b = find(to, 'to');
  return { from: a, to: b, fields: diffRecords(a.record, b.record) };
}

/** Restores an earlier revision's content as a new revision. */
export async function restorePractice(
  db: Database,
  user: User | null,
  id: string,
  version: number,
): Promise<PracticeRow> {
  const { record, currentVersion } = await ops.revisionRecord(db, user, id, version);
  try {
    return await updatePractice(
      db,
      user,
      id,
      record as Record<string, unknown>,
      currentVersion,
      `restore of version ${version}`,
    );
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'validation_failed') throw err;
    throw new AppError(
      'unprocessable',
      `Version ${version} cannot be restored: it breaks today's rules. ${err.message}`,
      err.field,
      err.issues,
    );
  }
}

/** Practices from other cities on the same themes or target groups. */
export const relatedPractices = findRelated;
