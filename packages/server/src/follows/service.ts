import { THEMES } from '@convivio/shared';
import { z } from 'zod';
import { assertCan } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import { assessmentsSince } from '../charter/cycle-service.ts';
import { getCity, listCities } from '../cities/service.ts';
import { eventOpeningsSince } from '../events/service.ts';
import { publicRunsFinishedSince } from '../evidence/service.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, parseOrThrow } from '../errors.ts';
import { listChallenges, listPracticeTags } from '../network/service.ts';
import { publishedPracticesChangedSince } from '../practices/service.ts';
import { buildDigest, FOLLOW_KINDS, type Digest, type Follow } from './digest.ts';
import { addFollow, digestSetting, listFollows, markDigest, removeFollow, writeFrequency } from './queries.ts';

export { digestSetting, eraseFollows, listFollows } from './queries.ts';

/** How far back a first digest looks. */
export const FIRST_DIGEST_DAYS = 30;

export const zFollow = z.object({
  kind: z.enum(FOLLOW_KINDS, { message: `must be one of ${FOLLOW_KINDS.join(', ')}` }),
  target: z.string().trim().min(1, { message: 'must not be empty' }).max(200),
});
export const zFrequency = z.object({
  frequency: z.enum(['off', 'weekly'], { message: 'must be off or weekly' }),
});

/** Checks that what is followed exists (a city the person may see, a theme of the vocabulary, a challenge of the taxonomy). */
async function assertFollowable(db: Queryable, user: User, f: Follow): Promise<void> {
  if (f.kind === 'city') await getCity(db, user, f.target);
  else if (f.kind === 'theme') {
    if (!(THEMES as readonly string[]).includes(f.target))
      throw new AppError('validation_failed', `theme "${f.target}" is not one of the practice themes`, 'target', [
        { field: 'target', message: `theme "${f.target}" is not one of the practice themes` },
      ]);
  } else if (!(await listChallenges(db)).some((c) => c.id === f.target))
    throw new AppError('validation_failed', `challenge "${f.target}" is not in the taxonomy`, 'target', [
      { field: 'target', message: `challenge "${f.target}" is not in the taxonomy` },
    ]);
}

/** Follows a city, a theme or a challenge (any signed-in person, for themselves). */
export async function follow(db: Database, user: User | null, input: unknown): Promise<Follow> {
  const me = assertCan(user, 'account.own', null, 'follow a city, a theme or a challenge');
  const f = parseOrThrow(zFollow, input);
  await assertFollowable(db, me, f);
  await db.transaction((tx) => addFollow(tx, me.id, f));
  return f;
}

/** Stops following (404 when it was not followed). */
export async function unfollow(db: Database, user: User | null, input: unknown): Promise<void> {
  const me = assertCan(user, 'account.own', null, 'stop following');
  const f = parseOrThrow(zFollow, input);
  const removed = await db.transaction((tx) => removeFollow(tx, me.id, f));
  if (!removed) throw new AppError('not_found', `You do not follow ${f.kind} "${f.target}"`, 'target');
}

/** The person's own follows with names, and their digest setting. */
export async function myFollows(db: Queryable, user: User | null) {
  const me = assertCan(user, 'account.own', null, 'see what you follow');
  const follows = await listFollows(db, me.id);
  const cities = new Map((await listCities(db, { includeDrafts: false })).map((c) => [c.id, c.record.name]));
  const challenges = new Map((await listChallenges(db)).map((c) => [c.id, c.name]));
  return {
    items: follows.map((f) => ({
      kind: f.kind,
      target: f.target,
      name:
        (f.kind === 'city' ? cities.get(f.target) : f.kind === 'challenge' ? challenges.get(f.target) : null) ?? null,
      since: new Date(f.created_at).toISOString(),
    })),
    ...(await digestSetting(db, me.id)),
  };
}

/** Sets whether the digest is e-mailed weekly or not at all. */
export async function setDigestFrequency(db: Database, user: User | null, input: unknown) {
  const me = assertCan(user, 'account.own', null, 'change your digest');
  const { frequency } = parseOrThrow(zFrequency, input);
  await db.transaction((tx) => writeFrequency(tx, me.id, frequency));
  return { frequency };
}

/** What changed since `since` in what a person follows (published practices, charter assessments, a city's events and public evidence runs). */
export async function digestFor(db: Queryable, userId: string, since: Date): Promise<Digest> {
  const follows = (await listFollows(db, userId)).map((f) => ({ kind: f.kind, target: f.target }));
  if (!follows.length) return { status: 'nothing-new', follows: 0 };
  const changed = await publishedPracticesChangedSince(db, since);
  const tags = new Map<string, string[]>();
  for (const t of await listPracticeTags(db))
    tags.set(t.practice_id, [...(tags.get(t.practice_id) ?? []), t.challenge_id]);
  const cityIds = follows.filter((f) => f.kind === 'city').map((f) => f.target);
  const publishedCities = await listCities(db, { includeDrafts: false });
  const published = new Set(publishedCities.map((c) => c.id));
  const assessments = cityIds.length ? await assessmentsSince(db, cityIds, since) : [];
  const followedCities = publishedCities.filter((c) => cityIds.includes(c.id));
  const events = await eventOpeningsSince(
    db,
    followedCities.map((c) => c.id),
    since,
  );
  const areaOf = new Map<string, string[]>();
  for (const c of followedCities)
    if (c.record.areaCode) areaOf.set(c.record.areaCode, [...(areaOf.get(c.record.areaCode) ?? []), c.id]);
  const runs = await publicRunsFinishedSince(db, [...areaOf.keys()], since);
  return buildDigest(
    follows,
    {
      practices: changed.map((p) => ({
        id: p.id,
        name: p.name,
        cityId: p.city_id,
        themes: p.themes,
        challengeIds: tags.get(p.id) ?? [],
        created: new Date(p.created_at) > since,
        at: new Date(p.updated_at).toISOString(),
      })),
      assessments: assessments
        .filter((a) => published.has(a.city_id))
        .map((a) => ({
          cityId: a.city_id,
          cycleId: a.cycle_id,
          commitmentId: a.commitment_id,
          status: a.status,
          at: new Date(a.assessed_at).toISOString(),
        })),
      events: events.map((e) => ({
        id: e.id,
        name: e.name,
        cityId: e.city_id,
        startDate: e.start_date,
        publishedAt: new Date(e.published_at).toISOString(),
        registrationOpenedAt:
          e.registration_open && e.registration_opened_at ? new Date(e.registration_opened_at).toISOString() : null,
      })),
      evidence: runs.flatMap((r) =>
        (areaOf.get(r.area) ?? []).map((cityId) => ({
          runId: r.run_id,
          datasetName: r.dataset_name,
          cityId,
          at: new Date(r.finished_at).toISOString(),
        })),
      ),
    },
    since.toISOString(),
  );
}

/** When a person's digest starts: their last digest, else FIRST_DIGEST_DAYS ago. */
export async function digestStart(db: Queryable, userId: string, now = new Date()): Promise<Date> {
  return (await digestSetting(db, userId)).lastDigestAt ?? new Date(now.getTime() - FIRST_DIGEST_DAYS * 86_400_000);
}

/** The signed-in person's digest since their last one; `markRead` starts the next one now. */
export async function myDigest(db: Database, user: User | null, markRead: boolean) {
  const me = assertCan(user, 'account.own', null, 'read your digest');
  const now = new Date();
  const since = await digestStart(db, me.id, now);
  const digest = await digestFor(db, me.id, since);
  if (markRead) await db.transaction((tx) => markDigest(tx, me.id, now));
  return { since: since.toISOString(), digest };
}
