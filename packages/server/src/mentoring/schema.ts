import {
  ACTION_STATUSES,
  MENTORING_ROLES,
  zActionPlan,
  zActionWrite,
  zEndorsementWrite,
  zMentoringContact,
  zMentoringOfferWrite,
  zMentoringRequestWrite,
  zMentoringTheme,
  zSelfCheckWrite,
  zSource,
  zStudyVisitWrite,
} from '@convivio/shared';
import { z } from 'zod';

const zCityRef = z.object({ id: z.string(), name: z.string(), country: z.string() });
const zReason = z.enum(['same-theme', 'same-challenge', 'comparable-city', 'common-language']);

const zPost = z.object({
  id: z.string(),
  themeId: z.string(),
  city: zCityRef,
  challengeId: z.string().nullable(),
  languages: z.array(z.string()),
  note: z.string().nullable(),
  contact: zMentoringContact
    .nullable()
    .describe("The contact person (shown to cities' editors and administrators; null for others)"),
});

/** A programme in the list. */
export const zProgrammeSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    coordinator: z.string().nullable(),
    start: z.string().nullable().describe('YYYY-MM'),
    end: z.string().nullable().describe('YYYY-MM'),
    themes: z.array(z.object({ id: z.string(), name: z.string() })),
    cityCount: z.number().int(),
    offerCount: z.number().int(),
    requestCount: z.number().int(),
  })
  .meta({ id: 'MentoringProgrammeSummary' });

export const zProgrammeList = z.object({ items: z.array(zProgrammeSummary) }).meta({ id: 'MentoringProgrammes' });

/** A programme with its themes and toolkits, cities, partners, offers, requests, suggested pairs and study visits. */
export const zProgrammeResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    coordinator: z.string().nullable(),
    start: z.string().nullable(),
    end: z.string().nullable(),
    themes: z.array(zMentoringTheme),
    participants: z.array(
      z.object({
        city: zCityRef,
        role: z.enum(MENTORING_ROLES).nullable().describe('null: the sources do not say'),
      }),
    ),
    partners: z.array(z.object({ name: z.string(), role: z.string().nullable() })),
    offers: z.array(zPost.extend({ capacity: z.number().int() })),
    requests: z.array(zPost),
    suggestedPairs: z
      .array(
        z.object({
          requestId: z.string(),
          offerId: z.string(),
          themeId: z.string(),
          mentor: zCityRef,
          mentee: zCityRef,
          score: z.number().int(),
          reasons: z.array(zReason),
        }),
      )
      .describe("An optimal pairing of requests to offers under each offer's capacity"),
    noMentor: z.array(z.object({ requestId: z.string(), reason: z.enum(['no-offer-on-theme', 'offers-full']) })),
    studyVisits: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        themeId: z.string().nullable(),
        hostCity: zCityRef.nullable(),
        event: z.object({ id: z.string(), name: z.string(), startDate: z.string() }).nullable(),
        note: z.string().nullable(),
      }),
    ),
    source: zSource.nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'MentoringProgramme' });

export const zPlanResponse = zActionPlan
  .extend({ programmeId: z.string(), statuses: z.array(z.enum(ACTION_STATUSES)) })
  .meta({ id: 'ActionPlan' });

export const zSelfCheckResponse = z
  .object({
    programmeId: z.string(),
    cityId: z.string(),
    themeId: z.string(),
    answers: zSelfCheckWrite.shape.answers,
    answeredAt: z
      .string()
      .nullable()
      .describe('When the answers were last saved (who saved them: the revision history)'),
    result: z.object({
      questions: z.number().int(),
      answered: z.number().int(),
      yes: z.number().int(),
      partly: z.number().int(),
      no: z.number().int(),
      percent: z.number().int().nullable(),
      stage: z.enum(['no-questions', 'not-started', 'starting', 'developing', 'established']),
    }),
  })
  .meta({ id: 'SelfCheck' });

export const zCreated = z.object({ id: z.string() });
export const zProgrammeParams = z.object({ id: z.string().min(1).max(200) });
export const zPostParams = zProgrammeParams.extend({ postId: z.string().min(1).max(200) });
export const zCityParams = zProgrammeParams.extend({ cityId: z.string().min(1).max(200) });
export const zActionParams = zCityParams.extend({ actionId: z.string().min(1).max(200) });
export const zThemeParams = zCityParams.extend({ themeId: z.string().min(1).max(200) });
export const zOfferBody = zMentoringOfferWrite;
export const zRequestBody = zMentoringRequestWrite;
export const zStudyVisitBody = zStudyVisitWrite;
export const zActionBody = zActionWrite;
export const zEndorsementBody = zEndorsementWrite.nullable();
export const zSelfCheckBody = zSelfCheckWrite;
export const zContactBody = zMentoringContact
  .nullable()
  .describe('The contact person of the offer or request, or null to clear it');
export const zContactResponse = z
  .object({ id: z.string(), contact: zMentoringContact.nullable() })
  .meta({ id: 'MentoringContact' });
