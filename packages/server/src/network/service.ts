import {
  zCityChallengesWrite,
  zPracticeChallengesWrite,
  type CityChallengesWrite,
  type PracticeChallengesWrite,
} from '@convivio/shared';
import { assertCan } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import { getCity, listCities } from '../cities/service.ts';
import type { Database, Queryable } from '../db/database.ts';
import { parseOrThrow, validationError } from '../errors.ts';
import { getPractice, practiceSummaries } from '../practices/service.ts';
import { blanksToNull } from '../records/normalize.ts';
import { listRevisions, recordRevision } from '../revisions/service.ts';
import {
  existingChallengeIds,
  listChallenges,
  listCityTags,
  listPracticeTags,
  replaceCityTags,
  replacePracticeTags,
  type ChallengeRow,
} from './queries.ts';

export { listChallenges, listCityTags, listPracticeTags, type ChallengeRow } from './queries.ts';

/** The taxonomy with how many published practices address each challenge and how many published cities face it. */
export async function challengesWithCounts(
  db: Queryable,
): Promise<(ChallengeRow & { practiceCount: number; cityCount: number })[]> {
  const practiceTags = await listPracticeTags(db);
  const published = new Set(
    (await practiceSummaries(db, [...new Set(practiceTags.map((t) => t.practice_id))]))
      .filter((p) => p.status === 'published')
      .map((p) => p.id),
  );
  const cityTags = await listCityTags(db);
  const cities = new Set((await listCities(db, { includeDrafts: false })).map((c) => c.id));
  return (await listChallenges(db)).map((c) => ({
    ...c,
    practiceCount: practiceTags.filter((t) => t.challenge_id === c.id && published.has(t.practice_id)).length,
    cityCount: cityTags.filter((t) => t.challenge_id === c.id && cities.has(t.city_id)).length,
  }));
}

/** Refuses challenge ids that are not in the taxonomy, naming each. */
export async function assertChallengesExist(tx: Queryable, ids: string[], field: (i: number) => string): Promise<void> {
  const found = await existingChallengeIds(tx, ids);
  const issues = ids.flatMap((id, i) =>
    found.has(id) ? [] : [{ field: field(i), message: `challenge "${id}" is not in the taxonomy` }],
  );
  if (issues.length) throw validationError(issues);
}

/** Records the change as the next revision of the tagged record's challenges, one writer at a time. */
async function recordTagRevision(tx: Queryable, entityType: string, entityId: string, record: unknown, author: User) {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${entityType}:${entityId}`]);
  const version = Math.max(0, ...(await listRevisions(tx, entityType, entityId)).map((r) => r.version)) + 1;
  await recordRevision(tx, {
    entityType,
    entityId,
    version,
    action: version === 1 ? 'create' : 'update',
    status: 'published',
    record,
    author,
  });
}

/** The challenges a practice addresses (404 for a practice the reader may not see). */
export async function practiceChallenges(db: Queryable, user: User | null, practiceId: string) {
  const practice = await getPractice(db, user, practiceId);
  return { practice, tags: await listPracticeTags(db, practice.id) };
}

/** Sets the challenges a practice addresses: the editors of its city and administrators, in one transaction. */
export async function setPracticeChallenges(db: Database, user: User | null, practiceId: string, input: unknown) {
  const practice = await getPractice(db, user, practiceId);
  const author = assertCan(user, 'city.edit', { cityId: practice.city_id }, "this practice's challenges");
  const w: PracticeChallengesWrite = parseOrThrow(zPracticeChallengesWrite, blanksToNull(input));
  await db.transaction(async (tx) => {
    await assertChallengesExist(tx, w.challengeIds, (i) => `challengeIds.${i}`);
    await replacePracticeTags(
      tx,
      practice.id,
      w.challengeIds.map((challengeId) => ({ challengeId, basis: null, source: null })),
      { id: author.id, name: author.name },
    );
    await recordTagRevision(tx, 'practice-challenges', practice.id, w, author);
  });
  return practiceChallenges(db, author, practice.id);
}

/** The challenges a city faces (404 for a city the reader may not see). */
export async function cityChallenges(db: Queryable, user: User | null, cityId: string) {
  const city = await getCity(db, user, cityId);
  return { city, tags: await listCityTags(db, city.id) };
}

/** Sets the challenges a city faces with their priorities: its editors and administrators, in one transaction. */
export async function setCityChallenges(db: Database, user: User | null, cityId: string, input: unknown) {
  const author = assertCan(user, 'city.edit', { cityId }, "this city's challenges");
  const city = await getCity(db, author, cityId);
  const w: CityChallengesWrite = parseOrThrow(zCityChallengesWrite, blanksToNull(input));
  await db.transaction(async (tx) => {
    await assertChallengesExist(
      tx,
      w.challenges.map((c) => c.challengeId),
      (i) => `challenges.${i}.challengeId`,
    );
    await replaceCityTags(
      tx,
      city.id,
      w.challenges.map((c) => ({ ...c, basis: null, source: null })),
      { id: author.id, name: author.name },
    );
    await recordTagRevision(tx, 'city-challenges', city.id, w, author);
  });
  return cityChallenges(db, author, city.id);
}
