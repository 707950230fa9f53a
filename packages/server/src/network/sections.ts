import { zChallengesRecord, type ChallengesRecord, type Source } from '@convivio/shared';
import { registerSection } from '../dataset/section.ts';
import { parseOrThrow } from '../errors.ts';
import { blanksToNull } from '../records/normalize.ts';
import { missingReferences, type Reference } from '../records/references.ts';
import { listChallenges, listCityTags, listPracticeTags, writeChallengesRecord } from './queries.ts';

/** Rows of one owner, grouped in first-seen order. */
function groupBy<R>(rows: R[], key: (r: R) => string): [string, R[]][] {
  const groups = new Map<string, R[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return [...groups.entries()];
}

const sourceOf = (rows: { source: Source | null }[]): Source | null => rows.find((r) => r.source)?.source ?? null;

// The `challenges` object of the data set: the taxonomy and which practices and cities are tagged with what.
registerSection<ChallengesRecord>({
  key: 'challenges',
  order: 280,
  singleton: true,
  parse: (raw) => parseOrThrow(zChallengesRecord, blanksToNull(raw)),
  async check(rec, scope) {
    const practices = await missingReferences(
      scope.lookup,
      'practices',
      rec.practiceChallenges.map((p, i): Reference => [`practiceChallenges.${i}.practiceId`, p.practiceId]),
    );
    const cities = await missingReferences(
      scope.lookup,
      'cities',
      rec.cityChallenges.map((c, i): Reference => [`cityChallenges.${i}.cityId`, c.cityId]),
    );
    return [...practices, ...cities];
  },
  write: (tx, rec) => writeChallengesRecord(tx, rec),
  async readAll(db) {
    const taxonomy = await listChallenges(db);
    if (!taxonomy.length) return [];
    const record: ChallengesRecord = {
      id: 'challenges',
      taxonomy,
      practiceChallenges: groupBy(await listPracticeTags(db), (r) => r.practice_id).map(([practiceId, rows]) => ({
        practiceId,
        challengeIds: rows.map((r) => r.challenge_id),
        basis: rows[0]?.basis ?? null,
        source: sourceOf(rows),
      })),
      cityChallenges: groupBy(await listCityTags(db), (r) => r.city_id).map(([cityId, rows]) => ({
        cityId,
        challenges: rows.map((r) => ({ challengeId: r.challenge_id, priority: r.priority, basis: r.basis })),
        source: sourceOf(rows),
      })),
    };
    return [{ record, status: 'published' }];
  },
});
