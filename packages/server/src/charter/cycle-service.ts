import {
  zAssessmentWrite,
  zCycleWrite,
  type AssessmentStatus,
  type AssessmentWrite,
  type CharterCommitment,
  type CycleWrite,
} from '@convivio/shared';
import { assertCan, can } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import { getCity, type CityRow } from '../cities/service.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow } from '../errors.ts';
import { practiceSummaries } from '../practices/service.ts';
import { blanksToNull } from '../records/normalize.ts';
import { recordRevision } from '../revisions/service.ts';
import { buildCycleReport, type CycleReport } from './cycle-report.ts';
import {
  findAssessment,
  findCycle,
  listAssessments,
  publishedCityNames,
  upsertAssessment,
  upsertCycle,
  type AssessmentRow,
  type CycleRow,
} from './cycle-queries.ts';
import { commitmentHelp, type ChallengeHelp } from './help-links.ts';
import { findSignatory, listCommitments, listSignatories } from './queries.ts';
import { assertPracticesExist, visiblePractices } from './service.ts';
import { implementingPractices, weakestCommitments, type WeakestCommitments } from './weakest.ts';

export { assessmentsSince, listCycles, type CycleRow, type AssessmentRow } from './cycle-queries.ts';

/** A cycle, or 404. */
export async function getCycle(db: Queryable, id: string): Promise<CycleRow> {
  const cycle = await findCycle(db, id);
  if (!cycle) throw notFound('Monitoring cycle', id);
  return cycle;
}

/** A new cycle's id from its name (`cycle-2025-2027`), unique among the cycles. */
async function newCycleId(db: Queryable, name: string): Promise<string> {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'cycle';
  const base = `cycle-${slug}`.replace(/^cycle-cycle-/, 'cycle-');
  let id = base;
  for (let n = 2; await findCycle(db, id); n += 1) id = `${base}-${n}`;
  return id;
}

/** Opens a new monitoring cycle (administrators). */
export async function createCycle(db: Database, user: User | null, input: unknown): Promise<CycleRow> {
  assertCan(user, 'charter.manageCycles', null, 'open a monitoring cycle');
  const w: CycleWrite = parseOrThrow(zCycleWrite, blanksToNull(input));
  const id = await db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('charter_cycles'))");
    const id = await newCycleId(tx, w.name);
    await upsertCycle(tx, id, w);
    return id;
  });
  return getCycle(db, id);
}

/** Renames, re-dates, closes or reopens a cycle (administrators). */
export async function updateCycle(db: Database, user: User | null, id: string, input: unknown): Promise<CycleRow> {
  assertCan(user, 'charter.manageCycles', null, 'change a monitoring cycle');
  const w: CycleWrite = parseOrThrow(zCycleWrite, blanksToNull(input));
  await db.transaction(async (tx) => {
    if (!(await findCycle(tx, id, true))) throw notFound('Monitoring cycle', id);
    await upsertCycle(tx, id, w);
  });
  return getCycle(db, id);
}

/** One city's assessments in one cycle: every commitment with the city's entry (or none). */
export interface CityAssessments {
  cycle: CycleRow;
  city: CityRow;
  signatory: boolean;
  items: { commitment: CharterCommitment; entry: AssessmentRow | null }[];
  practiceNames: Map<string, string>;
}

/** A city's assessments in a cycle as its reader may see them (404 for a cycle or city they may not see). */
export async function getCityAssessments(
  db: Queryable,
  user: User | null,
  cycleId: string,
  cityId: string,
): Promise<CityAssessments> {
  const cycle = await getCycle(db, cycleId);
  const city = await getCity(db, user, cityId);
  const rows = new Map((await listAssessments(db, cycle.id, city.id)).map((r) => [r.commitment_id, r]));
  const items = (await listCommitments(db)).map((commitment) => ({
    commitment,
    entry: rows.get(commitment.id) ?? null,
  }));
  const practiceNames = await visiblePractices(
    db,
    user,
    [...rows.values()].flatMap((r) => r.practice_ids),
  );
  return { cycle, city, signatory: (await findSignatory(db, city.id)) !== null, items, practiceNames };
}

/** Validates what an editor records about one commitment in a cycle. */
export const parseAssessment = (input: unknown): AssessmentWrite => parseOrThrow(zAssessmentWrite, blanksToNull(input));

/**
 * Records a signatory city's assessment of one commitment in an open cycle (its editors and
 * administrators), as a new version with a revision, in one transaction.
 */
export async function setAssessment(
  db: Database,
  user: User | null,
  cycleId: string,
  cityId: string,
  commitmentId: string,
  input: unknown,
): Promise<CityAssessments> {
  const author = assertCan(user, 'city.edit', { cityId }, "this city's assessments");
  const w = parseAssessment(input);
  await db.transaction(async (tx) => {
    const cycle = await findCycle(tx, cycleId);
    if (!cycle) throw notFound('Monitoring cycle', cycleId);
    const city = await getCity(tx, author, cityId);
    if (cycle.status !== 'open')
      throw new AppError(
        'conflict',
        `The cycle "${cycle.name}" is closed: its assessments can no longer change`,
        'cycleId',
      );
    if (!(await findSignatory(tx, cityId)))
      throw new AppError(
        'conflict',
        `${city.name} has not signed the charter: only signatory cities assess its commitments`,
        'cityId',
      );
    if (!(await tx.query('SELECT 1 FROM charter_commitments WHERE id = $1', [commitmentId])).rows.length)
      throw notFound('Commitment', commitmentId);
    await assertPracticesExist(tx, w.practiceIds);
    const version = ((await findAssessment(tx, cycleId, cityId, commitmentId))?.version ?? 0) + 1;
    await upsertAssessment(tx, { cycleId, cityId, commitmentId }, w, version, { id: author.id, name: author.name });
    await recordRevision(tx, {
      entityType: 'charter-assessment',
      entityId: `${cycleId}:${cityId}:${commitmentId}`,
      version,
      action: version === 1 ? 'create' : 'update',
      status: 'published',
      record: { cycleId, cityId, commitmentId, ...w },
      author,
    });
  });
  return getCityAssessments(db, author, cycleId, cityId);
}

/**
 * The cycle report over published cities (signatories and any city that assessed), compared
 * with an earlier cycle when `compareWith` names one.
 */
export async function cycleReport(
  db: Queryable,
  cycleId: string,
  compareWith: string | null,
): Promise<{ cycle: CycleRow; previous: CycleRow | null; report: CycleReport }> {
  const cycle = await getCycle(db, cycleId);
  const previous = compareWith ? await findCycle(db, compareWith) : null;
  if (compareWith && !previous)
    throw new AppError('not_found', `Monitoring cycle "${compareWith}" does not exist`, 'compare');
  const published = (await listSignatories(db)).filter((s) => s.city_status === 'published');
  const current = await listAssessments(db, cycle.id);
  const before = previous ? await listAssessments(db, previous.id) : null;
  const cities = new Map(published.map((s) => [s.city_id, { id: s.city_id, name: s.city_name, signatory: true }]));
  const assessedIds = [...new Set([...current, ...(before ?? [])].map((a) => a.city_id))].filter(
    (id) => !cities.has(id),
  );
  if (assessedIds.length) {
    for (const r of await publishedCityNames(db, assessedIds))
      cities.set(r.id, { id: r.id, name: r.name, signatory: false });
  }
  const shown = [...cities.values()].sort((a, b) => a.name.localeCompare(b.name));
  const visible = new Set(shown.map((c) => c.id));
  const facts = (rows: AssessmentRow[]) =>
    rows
      .filter((a) => visible.has(a.city_id))
      .map((a) => ({ cityId: a.city_id, commitmentId: a.commitment_id, status: a.status }));
  const report = buildCycleReport({
    commitments: await listCommitments(db),
    cities: shown,
    current: facts(current),
    previous: before ? facts(before) : null,
  });
  return { cycle, previous, report };
}

/** For each of a city's weakest commitments: practices implementing it elsewhere, related challenges and mentors. */
export interface CityHelp {
  cycle: CycleRow;
  city: { id: string; name: string };
  weakest: WeakestCommitments<CharterCommitment>;
  help: {
    commitmentId: string;
    practices: { id: string; name: string; cityId: string; cityName: string; status: AssessmentStatus }[];
    challenges: ChallengeHelp[];
  }[];
}

/** Where a city's weakest commitments in a cycle could find help (404 for a cycle or city the reader may not see). */
export async function cityHelp(db: Queryable, user: User | null, cycleId: string, cityId: string): Promise<CityHelp> {
  const cycle = await getCycle(db, cycleId);
  const city = await getCity(db, user, cityId);
  const all = await listAssessments(db, cycle.id);
  const commitments = await listCommitments(db);
  const mine = all
    .filter((a) => a.city_id === city.id)
    .map((a) => ({ commitmentId: a.commitment_id, status: a.status }));
  const weakest = weakestCommitments(commitments, mine, 3);
  const help: CityHelp['help'] = [];
  if (weakest.status === 'ok') {
    const facts = all.map((a) => ({
      cityId: a.city_id,
      commitmentId: a.commitment_id,
      status: a.status,
      practiceIds: a.practice_ids,
    }));
    for (const w of weakest.items) {
      const candidates = implementingPractices(city.id, w.commitment.id, facts);
      const summaries = new Map(
        (
          await practiceSummaries(
            db,
            candidates.map((c) => c.practiceId),
          )
        ).map((p) => [p.id, p]),
      );
      const names = await visiblePractices(db, user, [...summaries.keys()]);
      const cityNames = new Map(
        (await publishedCityNames(db, [...new Set(candidates.map((c) => c.cityId))])).map((c) => [c.id, c.name]),
      );
      const practices = candidates.flatMap((c) => {
        const name = names.get(c.practiceId);
        const p = summaries.get(c.practiceId);
        const cityName = cityNames.get(c.cityId);
        return name && p && cityName && p.city_id !== city.id
          ? [{ id: c.practiceId, name, cityId: c.cityId, cityName, status: c.status }]
          : [];
      });
      help.push({
        commitmentId: w.commitment.id,
        practices,
        challenges: await commitmentHelp(
          db,
          user,
          city.id,
          practices.map((p) => p.id),
        ),
      });
    }
  }
  return { cycle, city: { id: city.id, name: city.name }, weakest, help };
}

/** Whether the user may write this city's assessments in this cycle (for pages: the forms). */
export const mayAssess = (user: User | null, cycle: CycleRow, cityId: string, signatory: boolean) =>
  cycle.status === 'open' && signatory && can(user, 'city.edit', { cityId });
