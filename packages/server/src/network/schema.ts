import {
  CHALLENGE_ORIGINS,
  PRIORITIES,
  STAKEHOLDER_AREAS,
  zCityChallengesWrite,
  zPracticeChallengesWrite,
  zSource,
} from '@convivio/shared';
import { z } from 'zod';

const zRef = z.object({ id: z.string(), name: z.string() });
const zPriority = z.enum(PRIORITIES);

export const zChallengeSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    origin: z.enum(CHALLENGE_ORIGINS),
    themes: z.array(z.string()),
    sources: z.array(zSource).describe('Where the sources name this challenge (document and section)'),
    practiceCount: z.number().int().describe('Published practices tagged with it'),
    cityCount: z.number().int().describe('Published cities that face it'),
  })
  .meta({ id: 'Challenge' });

export const zChallengesResponse = z.object({ items: z.array(zChallengeSummary) }).meta({ id: 'Challenges' });

export const zReason = z
  .object({
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    items: z.array(z.string()).optional(),
    text: z.string().describe('The reason in English words'),
  })
  .meta({ id: 'MatchReason' });

export const zPracticeChallengesResponse = z
  .object({
    practice: zRef.extend({ cityId: z.string().nullable() }),
    challenges: z.array(zRef),
    basis: z.string().nullable().describe("The source's words the tags rest on (null once an editor set them)"),
    source: zSource.nullable(),
  })
  .meta({ id: 'PracticeChallenges' });

export const zCityChallengesResponse = z
  .object({
    city: zRef,
    challenges: z.array(zRef.extend({ priority: zPriority, basis: z.string().nullable() })),
    source: zSource.nullable(),
  })
  .meta({ id: 'CityChallenges' });

export const zNeedsResponse = z
  .object({
    city: zRef,
    status: z.enum(['ok', 'not-enough-data']),
    message: z.string().nullable().describe('Why there is no ranking (status not-enough-data)'),
    nameChallengesUrl: z.string().describe("Where the city's editors name its challenges"),
    items: z.array(
      z.object({
        challenge: zRef,
        priority: zPriority,
        basis: z.string().nullable(),
        practices: z.array(
          zRef.extend({
            city: zRef,
            match: z.enum(['challenge', 'theme']),
            score: z.number(),
            reasons: z.array(zReason),
          }),
        ),
        cities: z.array(zRef.extend({ priority: zPriority.nullable(), practices: z.number().int() })),
        mentors: z.array(
          z.object({ id: z.string(), name: z.string(), cityId: z.string().nullable(), url: z.string().nullable() }),
        ),
        mentorsNote: z.string().nullable().describe('Said when there are no mentor offers yet'),
      }),
    ),
  })
  .meta({ id: 'CityNeeds' });

export const zSimilarResponse = z
  .object({
    city: zRef,
    status: z.enum(['ok', 'not-enough-data']),
    message: z.string().nullable(),
    known: z.number().int().describe('Features known for this city'),
    total: z.number().int(),
    minFeatures: z.number().int().describe('Features two cities must both have to be compared'),
    items: z.array(
      z.object({
        city: zRef,
        score: z.number(),
        known: z.number().int(),
        total: z.number().int(),
        basedOn: z.string().describe('e.g. "based on 2 of 4 features"'),
        features: z.array(z.object({ feature: z.string(), similarity: z.number() })),
        reasons: z.array(zReason),
      }),
    ),
    notComparable: z.number().int().describe('Cities left out: too little known of both'),
  })
  .meta({ id: 'SimilarCities' });

export const zGapsResponse = z
  .object({
    challenges: z.array(zRef.extend({ cities: z.number().int(), practices: z.number().int() })),
    areas: z.array(
      z.object({
        area: z.string().describe(`One of the stakeholder mapping areas (${STAKEHOLDER_AREAS.join(', ')})`),
        maps: z.number().int(),
        covered: z.boolean().describe('Some map has a stakeholder in this area'),
        mapsWithout: z.array(z.object({ cityId: z.string(), cityName: z.string() })),
      }),
    ),
    maps: z.number().int().describe('Cities with a stakeholder map'),
    commitments: z
      .array(z.object({ id: z.string(), role: z.string(), text: z.string(), planned: z.number().int() }))
      .nullable()
      .describe('null before the charter is imported'),
    thresholds: z.object({ manyCities: z.number().int(), fewPractices: z.number().int() }),
  })
  .meta({ id: 'NetworkGaps' });

export const zIdParams = z.object({ id: z.string().min(1).max(200) });
export const zPracticeChallengesBody = zPracticeChallengesWrite;
export const zCityChallengesBody = zCityChallengesWrite;
