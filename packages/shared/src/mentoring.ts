import { z } from 'zod';
import { zChallengeId } from './challenges.ts';
import { noDuplicates } from './charter.ts';
import { zLanguage, zSlugId, zSource, zText } from './common.ts';
import { zIsoDate } from './stakeholder.ts';

/** A city's role in a mentoring programme (null in a record: the sources do not say). */
export const MENTORING_ROLES = ['mentor', 'mentee'] as const;
/** Where one action of a city's action plan stands. */
export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
/** A city's answer to one self-check question. */
export const SELF_CHECK_ANSWERS = ['yes', 'partly', 'no'] as const;
/** Who wrote a toolkit entry: copied from a source document, or written for the platform. */
export const AUTHORSHIP = ['source', 'platform'] as const;

export type MentoringRole = (typeof MENTORING_ROLES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type SelfCheckAnswer = (typeof SELF_CHECK_ANSWERS)[number];

const zName = z.string().trim().min(1, { message: 'must not be empty' }).max(300);
const zNote = z.string().trim().max(2000).nullable().default(null);
const zAuthored = z.enum(AUTHORSHIP, { message: `must be one of ${AUTHORSHIP.join(', ')}` });

/** A toolkit entry (a key success factor or a self-check question) and who wrote it. */
const zToolkitEntry = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .max(80),
  text: z.string().trim().min(1).max(2000),
  authored: zAuthored,
});

/** A theme's toolkit: benchmark, key success factors, self-check questions, and their sources. */
export const zToolkit = z.object({
  benchmark: zText.describe('What good practice looks like on this theme'),
  benchmarkAuthored: zAuthored.nullable().default(null),
  successFactors: z.array(zToolkitEntry).max(50).default([]),
  selfCheckQuestions: z.array(zToolkitEntry).max(50).default([]),
  sources: z.array(zSource).default([]),
});

/** One theme of a programme, mapped to the challenges of the network's taxonomy. */
export const zMentoringTheme = z.object({
  id: zSlugId('theme'),
  name: zName,
  challengeIds: z.array(zChallengeId).max(20).default([]),
  toolkit: zToolkit.default({
    benchmark: null,
    benchmarkAuthored: null,
    successFactors: [],
    selfCheckQuestions: [],
    sources: [],
  }),
});

/** A person to contact about an offer or a request (personal data: shown to editors and administrators only). */
export const zMentoringContact = z.object({
  name: zName,
  email: z.string().trim().toLowerCase().email({ message: 'must be an email address' }).nullable().default(null),
});

/** What a city posts: an offer to mentor on a theme, or a request for a mentor. */
export const zMentoringOfferWrite = z.object({
  themeId: zSlugId('theme'),
  cityId: zSlugId('city'),
  capacity: z
    .number({ message: 'must be a number' })
    .int()
    .min(1)
    .max(20)
    .default(1)
    .describe('How many cities the mentor can take on'),
  challengeId: zChallengeId.nullable().default(null),
  languages: z.array(zLanguage).max(10).default([]),
  note: zNote,
  contact: zMentoringContact.nullable().default(null),
});
export const zMentoringRequestWrite = zMentoringOfferWrite.omit({ capacity: true });

export const zMentoringOffer = zMentoringOfferWrite.extend({ id: zSlugId('offer') });
export const zMentoringRequest = zMentoringRequestWrite.extend({ id: zSlugId('request') });

/** A study visit of the programme, held at an event of the events domain. */
export const zStudyVisitWrite = z.object({
  title: zName,
  themeId: zSlugId('theme').nullable().default(null),
  hostCityId: zSlugId('city'),
  eventId: zSlugId('event'),
  note: zNote,
});
export const zStudyVisit = zStudyVisitWrite.extend({ id: zSlugId('visit') });

/** One action of a city's action plan. */
export const zActionWrite = z.object({
  title: zName,
  owner: z.string().trim().max(300).nullable().default(null).describe('The department or body responsible'),
  deadline: zIsoDate.nullable().default(null),
  status: z.enum(ACTION_STATUSES, { message: `must be one of ${ACTION_STATUSES.join(', ')}` }).default('planned'),
});
export const zAction = zActionWrite.extend({ id: zSlugId('action') });

/** The local body that endorsed a city's action plan, and when. */
export const zEndorsementWrite = z.object({ body: zName, endorsedOn: zIsoDate.nullable().default(null) });

export const zActionPlan = z.object({
  cityId: zSlugId('city'),
  endorsement: zEndorsementWrite.nullable().default(null),
  actions: z.array(zAction).max(200).default([]),
});

/** A city's answers to one theme's self-check questions. */
export const zSelfCheckWrite = z.object({
  answers: z
    .array(
      z.object({
        questionId: z.string().min(1).max(80),
        answer: z.enum(SELF_CHECK_ANSWERS, { message: `must be one of ${SELF_CHECK_ANSWERS.join(', ')}` }),
      }),
    )
    .max(50),
});
export const zSelfCheck = zSelfCheckWrite.extend({ cityId: zSlugId('city'), themeId: zSlugId('theme') });

/** A mentoring programme as the data set holds it (one record of `mentoringProgrammes`). */
export const zMentoringProgrammeRecord = z
  .object({
    id: zSlugId('programme'),
    name: zName,
    description: zText,
    coordinator: z.string().trim().max(300).nullable().default(null),
    start: z
      .string()
      .regex(/^\d{4}-\d{2}$/, { message: 'must be a month YYYY-MM' })
      .nullable()
      .default(null),
    end: z
      .string()
      .regex(/^\d{4}-\d{2}$/, { message: 'must be a month YYYY-MM' })
      .nullable()
      .default(null),
    themes: z.array(zMentoringTheme).min(1, { message: 'name at least one theme' }).max(20),
    participants: z
      .array(z.object({ cityId: zSlugId('city'), role: z.enum(MENTORING_ROLES).nullable().default(null) }))
      .max(200)
      .default([]),
    partners: z.array(z.object({ name: zName, role: z.string().trim().max(300).nullable().default(null) })).default([]),
    offers: z.array(zMentoringOffer).default([]),
    requests: z.array(zMentoringRequest).default([]),
    studyVisits: z.array(zStudyVisit).default([]),
    actionPlans: z.array(zActionPlan).default([]),
    selfChecks: z.array(zSelfCheck).default([]),
    source: zSource.nullable().default(null),
  })
  .superRefine((p, ctx) => {
    const themes = new Set(p.themes.map((t) => t.id));
    noDuplicates(
      p.themes.map((t) => t.id),
      (i) => ['themes', i, 'id'],
      'theme',
      ctx,
    );
    noDuplicates(
      p.participants.map((x) => x.cityId),
      (i) => ['participants', i, 'cityId'],
      'city',
      ctx,
    );
    const unknownTheme = (id: string | null, path: (string | number)[]) => {
      if (id !== null && !themes.has(id))
        ctx.addIssue({ code: 'custom', path, message: `theme "${id}" is not one of the programme's themes` });
    };
    p.offers.forEach((o, i) => unknownTheme(o.themeId, ['offers', i, 'themeId']));
    p.requests.forEach((o, i) => unknownTheme(o.themeId, ['requests', i, 'themeId']));
    p.studyVisits.forEach((o, i) => unknownTheme(o.themeId, ['studyVisits', i, 'themeId']));
    p.selfChecks.forEach((o, i) => unknownTheme(o.themeId, ['selfChecks', i, 'themeId']));
    for (const key of ['offers', 'requests', 'studyVisits'] as const)
      noDuplicates(
        p[key].map((x) => x.id),
        (i) => [key, i, 'id'],
        'id',
        ctx,
      );
    noDuplicates(
      p.actionPlans.map((x) => x.cityId),
      (i) => ['actionPlans', i, 'cityId'],
      'city',
      ctx,
    );
  });

export type MentoringProgrammeRecord = z.infer<typeof zMentoringProgrammeRecord>;
export type MentoringTheme = z.infer<typeof zMentoringTheme>;
export type MentoringOffer = z.infer<typeof zMentoringOffer>;
export type MentoringRequest = z.infer<typeof zMentoringRequest>;
export type StudyVisit = z.infer<typeof zStudyVisit>;
export type MentoringAction = z.infer<typeof zAction>;
export type ActionPlan = z.infer<typeof zActionPlan>;
export type SelfCheck = z.infer<typeof zSelfCheck>;
