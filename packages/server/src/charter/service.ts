import {
  zCityCommitmentWrite,
  zSignatoryWrite,
  type CharterCommitment,
  type CityCommitmentWrite,
  type SignatoryWrite,
} from '@convivio/shared';
import { assertCan, can } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import { getCity, recordCharterSignatory, type CityRow } from '../cities/service.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow, validationError } from '../errors.ts';
import { existingPracticeIds, practiceSummaries } from '../practices/service.ts';
import { blanksToNull } from '../records/normalize.ts';
import { recordRevision } from '../revisions/service.ts';
import {
  findCharter,
  findCityCommitment,
  findSignatory,
  listCityCommitmentRows,
  listCommitments,
  upsertCityCommitment,
  writeSignatory,
  type CityCommitmentRow,
} from './queries.ts';

/** Validates what an editor records about one commitment. */
export const parseCityCommitment = (input: unknown): CityCommitmentWrite =>
  parseOrThrow(zCityCommitmentWrite, blanksToNull(input));

/** The charter with its commitments, or 404 before it is imported. */
export async function getCharter(db: Queryable) {
  const charter = await findCharter(db);
  if (!charter)
    throw new AppError('not_found', 'The charter has not been imported yet: import a data set with a "charter" object');
  return charter;
}

/** Names of the practices a reader may see among these ids. */
export async function visiblePractices(db: Queryable, user: User | null, ids: string[]): Promise<Map<string, string>> {
  const rows = await practiceSummaries(db, ids);
  return new Map(
    rows
      .filter((p) => p.status === 'published' || can(user, 'city.seeDrafts', { cityId: p.city_id }))
      .map((p) => [p.id, p.name]),
  );
}

/** One city's standing with the charter: signatory entry, every commitment with the city's entry (or none). */
export interface CityCommitments {
  city: CityRow;
  signatory: { signedOn: string | null } | null;
  items: { commitment: CharterCommitment; entry: CityCommitmentRow | null }[];
  practiceNames: Map<string, string>;
}

/** A city's commitments as its reader may see them (404 for a city they may not see). */
export async function getCityCommitments(db: Queryable, user: User | null, cityId: string): Promise<CityCommitments> {
  const city = await getCity(db, user, cityId);
  const rows = new Map((await listCityCommitmentRows(db, cityId)).map((r) => [r.commitment_id, r]));
  const items = (await listCommitments(db)).map((commitment) => ({
    commitment,
    entry: rows.get(commitment.id) ?? null,
  }));
  const practiceNames = await visiblePractices(
    db,
    user,
    [...rows.values()].flatMap((r) => r.practice_ids),
  );
  return { city, signatory: await findSignatory(db, cityId), items, practiceNames };
}

/** Refuses practice ids that do not exist, naming each (`practiceIds.<i>`). */
export async function assertPracticesExist(tx: Queryable, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const found = await existingPracticeIds(tx, ids);
  const issues = ids.flatMap((id, i) =>
    found.has(id) ? [] : [{ field: `practiceIds.${i}`, message: `practice "${id}" does not exist` }],
  );
  if (issues.length) throw validationError(issues);
}

/**
 * Records where a city stands with one commitment (its editors and administrators), as a
 * new version with a revision, in one transaction.
 */
export async function setCityCommitment(
  db: Database,
  user: User | null,
  cityId: string,
  commitmentId: string,
  input: unknown,
): Promise<CityCommitments> {
  const author = assertCan(user, 'city.edit', { cityId }, "this city's charter commitments");
  const w = parseCityCommitment(input);
  await db.transaction(async (tx) => {
    await getCity(tx, author, cityId);
    if (!(await tx.query('SELECT 1 FROM charter_commitments WHERE id = $1', [commitmentId])).rows.length)
      throw notFound('Commitment', commitmentId);
    await assertPracticesExist(tx, w.practiceIds);
    const version = ((await findCityCommitment(tx, cityId, commitmentId))?.version ?? 0) + 1;
    await upsertCityCommitment(tx, cityId, commitmentId, w, version, { id: author.id, name: author.name });
    await recordRevision(tx, {
      entityType: 'city-commitment',
      entityId: `${cityId}:${commitmentId}`,
      version,
      action: version === 1 ? 'create' : 'update',
      status: 'published',
      record: { cityId, commitmentId, ...w },
      author,
    });
  });
  return getCityCommitments(db, author, cityId);
}

/** Says whether a city has signed the charter, and when (administrators only). */
export async function setSignatory(
  db: Database,
  user: User | null,
  cityId: string,
  input: unknown,
): Promise<SignatoryWrite> {
  const admin = assertCan(user, 'charter.setSignatory', null, "set a city's charter signatory status");
  const s = parseOrThrow(zSignatoryWrite, blanksToNull(input));
  await db.transaction(async (tx) => {
    await getCity(tx, admin, cityId);
    await writeSignatory(tx, cityId, s.signed, s.signedOn, { id: admin.id, name: admin.name });
    await recordCharterSignatory(tx, admin, cityId, s.signed);
  });
  return s;
}
export { charterReport, type CharterReport } from './report.ts';
