import {
  EXPERIMENT_STATUSES,
  LAB_AREAS,
  LAB_PARTICIPANT_GROUPS,
  LAB_PHASES,
  PHASE_STATUSES,
  zIsoDate,
  zLabExperiment,
  zLabPhase,
  zLabRecommendation,
  zLabSession,
  zPolicyLabRecord,
  zSlugId,
  zSource,
  zThemeLink,
} from '@convivio/shared';
import { z } from 'zod';
import { writeBody, zVersionGuard } from '../records/write-body.ts';

/* Request and response schemas of the policy-lab API (responses are plain: they are encoded through these). */

export const zIdParams = z.object({ id: z.string().min(1).max(200) });
export const zLabWrite = writeBody(zPolicyLabRecord.in, {
  id: 'LabWrite',
  optional: ['id', 'cityId'],
  extra: { version: zVersionGuard },
  description:
    'A policy lab with its phases, sessions, participants, experiments and recommendations. ' +
    'On create the id defaults to a slug of the city and name; on update it is taken from the URL, and cityId stays the same when left out.',
});
export const zLabPhaseChange = writeBody(zLabPhase, {
  id: 'LabPhaseChange',
  omit: ['phase'],
  partial: true,
  description:
    'What changes in a phase (fields not sent keep their value): starting it makes it current, finishing the current one moves the lab on',
});
export const zLabSessionWrite = writeBody(zLabSession, {
  id: 'LabSessionWrite',
  omit: ['id'],
  description: 'A lab session (its id is given by the lab)',
});
export const zLabExperimentWrite = writeBody(zLabExperiment, {
  id: 'LabExperimentWrite',
  omit: ['id'],
  description: 'A micro-experiment (its id is given by the lab)',
});
export const zLabExperimentChange = writeBody(zLabExperiment, {
  id: 'LabExperimentChange',
  omit: ['id'],
  partial: true,
  description: 'What changes in a micro-experiment (fields not sent keep their value)',
});
export const zLabRecommendationWrite = writeBody(zLabRecommendation, {
  id: 'LabRecommendationWrite',
  omit: ['id'],
  description: 'A recommendation citing library practices (its id is given by the lab)',
});
export const zLabParticipantWrite = z
  .object({
    stakeholderId: zSlugId('stakeholder').optional().describe("An organisation of the lab's city"),
    group: z
      .enum(LAB_PARTICIPANT_GROUPS)
      .optional()
      .describe('Whom the organisation represents (official-stakeholder when left out)'),
    contactId: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe("Or a person: a contact recorded with consent in the lab's city"),
    joined: zIsoDate.optional().describe('When the person joined (today when left out)'),
  })
  .meta({
    id: 'LabParticipantWrite',
    description: 'A participant: an organisation (stakeholderId, group) or a consenting person (contactId, joined)',
  });

const nullableCount = z.number().int().nullable();

export const zLabOut = z
  .object({
    id: z.string(),
    cityId: z.string(),
    cityName: z.string(),
    name: z.string(),
    topic: z.string(),
    area: z.enum(LAB_AREAS),
    areaName: z.string(),
    description: z.string().nullable(),
    currentPhase: z.enum(LAB_PHASES).nullable(),
    progress: z.object({
      stage: z.enum(['not-started', 'running', 'completed']),
      currentPhase: z.enum(LAB_PHASES).nullable(),
      currentPhaseNumber: z.number().int().nullable(),
      phasesDone: z.number().int(),
      phaseCount: z.number().int(),
      percent: z.number().int(),
      ideasCollected: z.number().int(),
      ideasKept: z.number().int(),
      experiments: z.object({ total: z.number().int(), done: z.number().int(), running: z.number().int() }),
    }),
    phases: z.array(
      z.object({
        phase: z.enum(LAB_PHASES),
        status: z.enum(PHASE_STATUSES),
        startDate: z.string().nullable(),
        endDate: z.string().nullable(),
        summary: z.string().nullable(),
        ideasCollected: nullableCount,
        ideasKept: nullableCount,
        commentsCollected: nullableCount,
        commentsKept: nullableCount,
      }),
    ),
    sessions: z.array(
      z.object({
        id: z.string(),
        date: z.string(),
        phase: z.enum(LAB_PHASES),
        title: z.string(),
        location: z.string().nullable(),
        participantCount: nullableCount,
        notes: z.string().nullable(),
      }),
    ),
    participants: z.array(
      z.object({ stakeholderId: z.string(), name: z.string().nullable(), group: z.enum(LAB_PARTICIPANT_GROUPS) }),
    ),
    people: z.object({
      total: z.number().int(),
      byProfile: z.record(z.string(), z.number().int()),
      list: z
        .array(
          z.object({ contactId: z.string(), name: z.string(), profile: z.string(), joined: z.string().nullable() }),
        )
        .optional()
        .describe("Only for the city's editors and administrators"),
    }),
    experiments: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        description: z.string().nullable(),
        budget: z.object({ amount: z.number(), currency: z.string() }).nullable(),
        ownerStakeholderId: z.string().nullable(),
        owner: z.string().nullable(),
        startDate: z.string().nullable(),
        endDate: z.string().nullable(),
        status: z.enum(EXPERIMENT_STATUSES),
        result: z.string().nullable(),
      }),
    ),
    recommendations: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        practices: z.array(z.object({ id: z.string(), name: z.string() })),
      }),
    ),
    themes: z.array(zThemeLink).describe('Practice themes the lab deals with (it is listed on their theme pages)'),
    source: zSource.nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Lab' });

export const zFrameworkOut = z
  .object({
    description: z.string().nullable(),
    labsPlanned: z.string().nullable(),
    topicSelection: z.string().nullable(),
    areas: z.array(z.object({ id: z.string(), name: z.string() })),
    phases: z.array(z.object({ id: z.string(), name: z.string(), description: z.string().nullable() })),
    longTermImpacts: z.array(z.string()),
    cityNotes: z.array(z.object({ cityId: z.string().nullable(), text: z.string(), source: zSource.nullable() })),
    source: zSource.nullable(),
  })
  .meta({ id: 'LabFramework' });
