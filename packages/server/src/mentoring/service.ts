import crypto from 'node:crypto';
import {
  zActionWrite,
  zEndorsementWrite,
  zMentoringContact,
  zMentoringOfferWrite,
  zMentoringRequestWrite,
  zSelfCheckWrite,
  zStudyVisitWrite,
  type ActionPlan,
  type MentoringProgrammeRecord,
  type MentoringTheme,
} from '@convivio/shared';
import { assertCan } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import { existingCityIds, listCities } from '../cities/service.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow, validationError } from '../errors.ts';
import { getVisibleEvent } from '../events/access.ts';
import { assertChallengesExist } from '../network/service.ts';
import { blanksToNull } from '../records/normalize.ts';
import { recordMentoringRevision } from './history.ts';
import { suggestPairs, type MatchSide, type Suggestions } from './matching.ts';
import { selfCheckResult } from './self-check.ts';
import {
  deletePost,
  ensurePlan,
  findProgramme,
  insertAction,
  insertPost,
  insertStudyVisit,
  listActionPlans,
  listProgrammeIds,
  postCity,
  selfCheckAnsweredAt,
  setEndorsement,
  setPostContact,
  updateAction,
  upsertSelfCheck,
} from './queries.ts';

export type Programme = MentoringProgrammeRecord & { updatedAt: string };

/** What a programme's pages and answers say about a city. */
export interface CityFacts {
  id: string;
  name: string;
  country: string;
  population: number | null;
  language: string | null;
}

/** A programme with the published cities it names, its suggested pairs and its study visits' events. */
export interface ProgrammeView {
  programme: Programme;
  cities: Map<string, CityFacts>;
  suggestions: Suggestions;
  events: Map<string, { name: string; startDate: string }>;
}

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

/** Every programme, by name. */
export async function listProgrammes(db: Queryable): Promise<Programme[]> {
  const out: Programme[] = [];
  for (const id of await listProgrammeIds(db)) {
    const p = await findProgramme(db, id);
    if (p) out.push(p);
  }
  return out;
}

/** A programme, or 404. */
export async function getProgramme(db: Queryable, id: string): Promise<Programme> {
  const p = await findProgramme(db, id);
  if (!p) throw notFound('Mentoring programme', id);
  return p;
}

/** The published cities by id, with what matching needs. */
export async function cityFacts(db: Queryable): Promise<Map<string, CityFacts>> {
  const rows = await listCities(db, { includeDrafts: false });
  return new Map(
    rows.map((c) => [
      c.id,
      {
        id: c.id,
        name: c.name,
        country: c.country,
        population: c.record.population ?? null,
        language: c.record.language ?? null,
      },
    ]),
  );
}

/** The suggested pairs of a programme's offers and requests (published cities only). */
export function programmeSuggestions(p: Programme, cities: Map<string, CityFacts>): Suggestions {
  const side = (x: Programme['requests'][number]): MatchSide => {
    const c = cities.get(x.cityId);
    return {
      id: x.id,
      themeId: x.themeId,
      cityId: x.cityId,
      challengeId: x.challengeId,
      languages: [...new Set([...(c?.language ? [c.language] : []), ...x.languages])],
      population: c?.population ?? null,
    };
  };
  return suggestPairs(
    p.offers.filter((o) => cities.has(o.cityId)).map((o) => ({ ...side(o), capacity: o.capacity })),
    p.requests.filter((r) => cities.has(r.cityId)).map(side),
  );
}

/** A programme as its pages and API show it. */
export async function programmeView(db: Queryable, user: User | null, id: string): Promise<ProgrammeView> {
  const programme = await getProgramme(db, id);
  const cities = await cityFacts(db);
  const events = new Map<string, { name: string; startDate: string }>();
  for (const v of programme.studyVisits) {
    try {
      const e = await getVisibleEvent(db, user, v.eventId);
      events.set(e.id, { name: e.name, startDate: e.record.startDate });
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'not_found')) throw err;
    }
  }
  return { programme, cities, suggestions: programmeSuggestions(programme, cities), events };
}

function theme(p: Programme, themeId: string | null, field: string): MentoringTheme | null {
  if (themeId === null) return null;
  const t = p.themes.find((x) => x.id === themeId);
  if (!t) throw validationError([{ field, message: `theme "${themeId}" is not one of the programme's themes` }]);
  return t;
}

async function assertCity(tx: Queryable, cityId: string, field: string): Promise<void> {
  if (!(await existingCityIds(tx, [cityId])).has(cityId))
    throw validationError([{ field, message: `city "${cityId}" does not exist` }]);
}

/** Posts a city's offer to mentor (capacity given) or its request for a mentor; the city's editors and administrators. */
export async function postOfferOrRequest(
  db: Database,
  user: User | null,
  programmeId: string,
  kind: 'offer' | 'request',
  input: unknown,
): Promise<string> {
  const w = parseOrThrow(kind === 'offer' ? zMentoringOfferWrite : zMentoringRequestWrite, blanksToNull(input));
  assertCan(user, 'city.edit', { cityId: w.cityId }, `this city's mentoring ${kind}s`);
  const id = newId(kind);
  await db.transaction(async (tx) => {
    const p = await getProgramme(tx, programmeId);
    theme(p, w.themeId, 'themeId');
    await assertCity(tx, w.cityId, 'cityId');
    if (w.challengeId) await assertChallengesExist(tx, [w.challengeId], () => 'challengeId');
    await insertPost(tx, programmeId, kind, { ...w, id });
    await recordMentoringRevision(tx, user, `mentoring-${kind}`, id, 'create', { programmeId, ...w });
  });
  return id;
}

/** Withdraws an offer or a request (its city's editors and administrators). */
export async function withdrawPost(
  db: Database,
  user: User | null,
  programmeId: string,
  postId: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const cityId = await postCity(tx, programmeId, postId);
    if (!cityId) throw notFound('Offer or request', postId);
    assertCan(user, 'city.edit', { cityId }, "this city's offers and requests");
    await deletePost(tx, programmeId, postId);
    const kind = postId.startsWith('offer-') ? 'mentoring-offer' : 'mentoring-request';
    await recordMentoringRevision(tx, user, kind, postId, 'delete', { programmeId, cityId });
  });
}

/** Sets (or, with null, clears) the contact person of an offer or a request: its city's editors and administrators. */
export async function setContactPerson(
  db: Database,
  user: User | null,
  programmeId: string,
  postId: string,
  input: unknown,
): Promise<MentoringProgrammeRecord['offers'][number]['contact']> {
  return db.transaction(async (tx) => {
    await getProgramme(tx, programmeId);
    const cityId = await postCity(tx, programmeId, postId);
    if (!cityId) throw notFound('Offer or request', postId);
    assertCan(user, 'city.edit', { cityId }, "this city's offers and requests");
    const contact = input === null ? null : parseOrThrow(zMentoringContact, blanksToNull(input));
    await setPostContact(tx, programmeId, postId, contact);
    const kind = postId.startsWith('offer-') ? 'mentoring-offer' : 'mentoring-request';
    await recordMentoringRevision(tx, user, kind, postId, 'update', { programmeId, cityId, contact });
    return contact;
  });
}

/** Adds a study visit at an event (programme coordinators: administrators). */
export async function addStudyVisit(
  db: Database,
  user: User | null,
  programmeId: string,
  input: unknown,
): Promise<string> {
  const admin = assertCan(user, 'mentoring.manage', null, 'add study visits');
  const w = parseOrThrow(zStudyVisitWrite, blanksToNull(input));
  const id = newId('visit');
  await db.transaction(async (tx) => {
    const p = await getProgramme(tx, programmeId);
    theme(p, w.themeId, 'themeId');
    await assertCity(tx, w.hostCityId, 'hostCityId');
    try {
      await getVisibleEvent(tx, admin, w.eventId);
    } catch (err) {
      if (err instanceof AppError && err.code === 'not_found')
        throw validationError([{ field: 'eventId', message: `event "${w.eventId}" does not exist` }]);
      throw err;
    }
    await insertStudyVisit(tx, programmeId, { ...w, id });
    await recordMentoringRevision(tx, user, 'mentoring-study-visit', id, 'create', { programmeId, ...w });
  });
  return id;
}

/** A city's action plan in a programme (empty when it has none yet); 404 for an unknown programme or city. */
export async function actionPlan(db: Queryable, programmeId: string, cityId: string): Promise<ActionPlan> {
  await getProgramme(db, programmeId);
  if (!(await cityFacts(db)).has(cityId)) throw notFound('City', cityId);
  return (await listActionPlans(db, programmeId, cityId))[0] ?? { cityId, endorsement: null, actions: [] };
}

/** Adds an action to the city's plan, or changes one (`actionId`); the city's editors and administrators. */
export async function saveAction(
  db: Database,
  user: User | null,
  programmeId: string,
  cityId: string,
  input: unknown,
  actionId?: string,
): Promise<ActionPlan> {
  assertCan(user, 'city.edit', { cityId }, "this city's action plan");
  const w = parseOrThrow(zActionWrite, blanksToNull(input));
  await db.transaction(async (tx) => {
    await getProgramme(tx, programmeId);
    await assertCity(tx, cityId, 'cityId');
    await ensurePlan(tx, programmeId, cityId);
    const id = actionId ?? newId('action');
    if (!actionId) await insertAction(tx, programmeId, cityId, { ...w, id });
    else if (!(await updateAction(tx, programmeId, cityId, { ...w, id }))) throw notFound('Action', id);
    await recordMentoringRevision(tx, user, 'mentoring-action-plan', `${programmeId}:${cityId}`, 'update', {
      programmeId,
      cityId,
      action: { ...w, id },
    });
  });
  return actionPlan(db, programmeId, cityId);
}

/** Records (or, with null, clears) the local body that endorsed the city's plan. */
export async function endorsePlan(
  db: Database,
  user: User | null,
  programmeId: string,
  cityId: string,
  input: unknown,
): Promise<ActionPlan> {
  assertCan(user, 'city.edit', { cityId }, "this city's action plan");
  const e = input === null ? null : parseOrThrow(zEndorsementWrite, blanksToNull(input));
  await db.transaction(async (tx) => {
    await getProgramme(tx, programmeId);
    await assertCity(tx, cityId, 'cityId');
    await ensurePlan(tx, programmeId, cityId);
    await setEndorsement(tx, programmeId, cityId, e);
    await recordMentoringRevision(tx, user, 'mentoring-action-plan', `${programmeId}:${cityId}`, 'update', {
      programmeId,
      cityId,
      endorsement: e,
    });
  });
  return actionPlan(db, programmeId, cityId);
}

/** Saves a city's answers to a theme's self-check questions (the city's editors and administrators). */
export async function saveSelfCheck(
  db: Database,
  user: User | null,
  programmeId: string,
  cityId: string,
  themeId: string,
  input: unknown,
): Promise<void> {
  assertCan(user, 'city.edit', { cityId }, "this city's self-check");
  const w = parseOrThrow(zSelfCheckWrite, input);
  await db.transaction(async (tx) => {
    const p = await getProgramme(tx, programmeId);
    const t = p.themes.find((x) => x.id === themeId);
    if (!t) throw notFound('Theme', themeId);
    await assertCity(tx, cityId, 'cityId');
    const questions = new Set(t.toolkit.selfCheckQuestions.map((q) => q.id));
    const issues = w.answers.flatMap((a, i) =>
      questions.has(a.questionId)
        ? []
        : [{ field: `answers.${i}.questionId`, message: `question "${a.questionId}" is not one of this theme's` }],
    );
    if (issues.length) throw validationError(issues);
    await upsertSelfCheck(tx, programmeId, { cityId, themeId, answers: w.answers });
    await recordMentoringRevision(tx, user, 'mentoring-self-check', `${programmeId}:${cityId}:${themeId}`, 'update', {
      programmeId,
      cityId,
      themeId,
      answers: w.answers,
    });
  });
}

/** A city's answers to a theme's self-check and where that places it; 404 for an unknown programme, theme or city. */
export async function selfCheckOf(db: Queryable, programmeId: string, cityId: string, themeId: string) {
  const p = await getProgramme(db, programmeId);
  const t = p.themes.find((x) => x.id === themeId);
  if (!t) throw notFound('Theme', themeId);
  if (!(await cityFacts(db)).has(cityId)) throw notFound('City', cityId);
  const answers = p.selfChecks.find((s) => s.cityId === cityId && s.themeId === themeId)?.answers ?? [];
  return {
    programme: p,
    theme: t,
    answers,
    answeredAt: await selfCheckAnsweredAt(db, programmeId, cityId, themeId),
    result: selfCheckResult(
      t.toolkit.selfCheckQuestions.map((q) => q.id),
      answers,
    ),
  };
}
