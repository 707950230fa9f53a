import { z } from 'zod';
import { noDuplicates } from './charter.ts';
import { zSlugId, zSource } from './common.ts';
import { THEMES } from './vocabulary.ts';

/** How pressing a challenge is for a city. */
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Where a challenge of the taxonomy comes from. */
export const CHALLENGE_ORIGINS = [
  'common-challenge',
  'cities-grow-area',
  'action-plan-area',
  'challenges-addressed',
] as const;

/** The one id the challenges section has (it is a single object in the data set). */
export const CHALLENGES_ID = 'challenges';

/** A challenge's id: a lower-case slug (`housing`, `common-language`). */
export const zChallengeId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be a lower-case slug (letters, digits, hyphens)' })
  .max(80);

const zBasis = z.string().trim().max(2000).nullable().default(null);

/** One challenge of the shared taxonomy, with where the sources name it. */
export const zChallenge = z.object({
  id: zChallengeId,
  name: z.string().trim().min(1).max(300),
  description: z.string().trim().max(5000).nullable().default(null),
  origin: z.enum(CHALLENGE_ORIGINS, { message: `must be one of ${CHALLENGE_ORIGINS.join(', ')}` }),
  themes: z
    .array(z.enum(THEMES, { message: `must be one of the practice themes (${THEMES.join(', ')})` }))
    .default([])
    .describe('Practice themes that work on this challenge (a practice on such a theme is a weaker match)'),
  sources: z.array(zSource).min(1, { message: 'name at least one source (document and section)' }),
});

/** The challenges one practice addresses, and where that is stated. */
export const zPracticeChallenges = z.object({
  practiceId: zSlugId('practice'),
  challengeIds: z.array(zChallengeId).max(50),
  basis: zBasis.describe("The source's words the tags rest on"),
  source: zSource.nullable().default(null),
});

/** A challenge a city faces, how pressing it is, and the source's words. */
export const zCityChallenge = z.object({
  challengeId: zChallengeId,
  priority: z.enum(PRIORITIES, { message: `must be one of ${PRIORITIES.join(', ')}` }),
  basis: zBasis,
});

/** The challenges one city faces, and where that is stated. */
export const zCityChallenges = z.object({
  cityId: zSlugId('city'),
  challenges: z.array(zCityChallenge).max(50),
  source: zSource.nullable().default(null),
});

/** The `challenges` object of the data set: the taxonomy and the tags of practices and cities. */
export const zChallengesRecord = z
  .object({
    id: z.literal(CHALLENGES_ID, { message: `must be "${CHALLENGES_ID}"` }).default(CHALLENGES_ID),
    taxonomy: z.array(zChallenge).min(1, { message: 'list at least one challenge' }),
    practiceChallenges: z.array(zPracticeChallenges).default([]),
    cityChallenges: z.array(zCityChallenges).default([]),
  })
  .superRefine((r, ctx) => {
    const known = new Set(r.taxonomy.map((c) => c.id));
    noDuplicates(
      r.taxonomy.map((c) => c.id),
      (i) => ['taxonomy', i, 'id'],
      'challenge',
      ctx,
    );
    noDuplicates(
      r.practiceChallenges.map((p) => p.practiceId),
      (i) => ['practiceChallenges', i, 'practiceId'],
      'practice',
      ctx,
    );
    noDuplicates(
      r.cityChallenges.map((c) => c.cityId),
      (i) => ['cityChallenges', i, 'cityId'],
      'city',
      ctx,
    );
    const unknown = (id: string, path: (string | number)[]) => {
      if (!known.has(id)) ctx.addIssue({ code: 'custom', path, message: `challenge "${id}" is not in the taxonomy` });
    };
    r.practiceChallenges.forEach((p, i) => {
      noDuplicates(p.challengeIds, (j) => ['practiceChallenges', i, 'challengeIds', j], 'challenge', ctx);
      p.challengeIds.forEach((id, j) => unknown(id, ['practiceChallenges', i, 'challengeIds', j]));
    });
    r.cityChallenges.forEach((c, i) => {
      noDuplicates(
        c.challenges.map((x) => x.challengeId),
        (j) => ['cityChallenges', i, 'challenges', j, 'challengeId'],
        'challenge',
        ctx,
      );
      c.challenges.forEach((x, j) => unknown(x.challengeId, ['cityChallenges', i, 'challenges', j, 'challengeId']));
    });
  });

/** What an editor sets for one practice: the challenges it addresses. */
export const zPracticeChallengesWrite = z
  .object({ challengeIds: z.array(zChallengeId).max(50) })
  .superRefine((w, ctx) => noDuplicates(w.challengeIds, (i) => ['challengeIds', i], 'challenge', ctx));

/** What an editor sets for one city: the challenges it faces, each with a priority. */
export const zCityChallengesWrite = z
  .object({ challenges: z.array(zCityChallenge.omit({ basis: true })).max(50) })
  .superRefine((w, ctx) =>
    noDuplicates(
      w.challenges.map((c) => c.challengeId),
      (i) => ['challenges', i, 'challengeId'],
      'challenge',
      ctx,
    ),
  );

export type Challenge = z.infer<typeof zChallenge>;
export type ChallengesRecord = z.infer<typeof zChallengesRecord>;
export type PracticeChallengesWrite = z.infer<typeof zPracticeChallengesWrite>;
export type CityChallengesWrite = z.infer<typeof zCityChallengesWrite>;
