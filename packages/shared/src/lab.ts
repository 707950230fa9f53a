import { z } from 'zod';
import { zSlugId, zSource, zText } from './common.ts';
import { zIsoDate } from './stakeholder.ts';
import { withIds } from './stakeholder-group.ts';
import { zThemeLinks } from './theme-links.ts';

/** The two EU Action Plan areas the MUST-a-Lab consortium chose for its policy labs. */
export const LAB_AREAS = [
  'education-lifelong-learning-rights-professionalization',
  'care-work-life-balance-gender-equality',
] as const;

/** A policy lab's phases, in order. */
export const LAB_PHASES = ['discuss-evaluate', 'reframe', 'devise-test', 'implement'] as const;

export const PHASE_STATUSES = ['not-started', 'in-progress', 'done'] as const;

/** Whom a participating organisation represents in the lab. */
export const LAB_PARTICIPANT_GROUPS = [
  'policy-maker',
  'official-stakeholder',
  'grassroots-stakeholder',
  'migrant-stakeholder',
] as const;

export const EXPERIMENT_STATUSES = ['planned', 'running', 'done', 'dropped'] as const;

export type LabArea = (typeof LAB_AREAS)[number];
export type LabPhaseId = (typeof LAB_PHASES)[number];

const count = z.number().int().nonnegative().nullable().default(null);

/** One phase of a lab: where it stands and what it collected and kept. */
export const zLabPhase = z
  .object({
    phase: z.enum(LAB_PHASES),
    status: z.enum(PHASE_STATUSES).default('not-started'),
    startDate: zIsoDate.nullable().default(null),
    endDate: zIsoDate.nullable().default(null),
    summary: zText,
    ideasCollected: count,
    ideasKept: count,
    commentsCollected: count,
    commentsKept: count,
  })
  .superRefine((p, ctx) => {
    if (p.ideasKept !== null && p.ideasCollected !== null && p.ideasKept > p.ideasCollected)
      ctx.addIssue({
        code: 'custom',
        path: ['ideasKept'],
        message: `cannot exceed the ideas collected (${p.ideasCollected})`,
      });
    if (p.commentsKept !== null && p.commentsCollected !== null && p.commentsKept > p.commentsCollected)
      ctx.addIssue({
        code: 'custom',
        path: ['commentsKept'],
        message: `cannot exceed the comments collected (${p.commentsCollected})`,
      });
    if (p.startDate && p.endDate && p.endDate < p.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'cannot be before the start date' });
  });

export const zLabSession = z.object({
  id: z
    .string()
    .regex(/^session-[a-z0-9-]+$/)
    .optional(),
  date: zIsoDate,
  phase: z.enum(LAB_PHASES),
  title: z.string().trim().min(1).max(300),
  location: z.string().trim().max(300).nullable().default(null),
  participantCount: z.number().int().nonnegative().nullable().default(null),
  notes: zText,
});

/** A micro-experiment devised and tested in the lab. */
export const zLabExperiment = z
  .object({
    id: z
      .string()
      .regex(/^experiment-[a-z0-9-]+$/)
      .optional(),
    title: z.string().trim().min(1).max(300),
    description: zText,
    budget: z
      .object({
        amount: z.number().nonnegative(),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as "EUR"' })
          .default('EUR'),
      })
      .nullable()
      .default(null),
    ownerStakeholderId: zSlugId('stakeholder').nullable().default(null),
    owner: z
      .string()
      .trim()
      .max(300)
      .nullable()
      .default(null)
      .describe('The team or organisation that owns the experiment (not a person)'),
    startDate: zIsoDate.nullable().default(null),
    endDate: zIsoDate.nullable().default(null),
    status: z.enum(EXPERIMENT_STATUSES).default('planned'),
    result: zText,
  })
  .refine((e) => !e.startDate || !e.endDate || e.endDate >= e.startDate, {
    message: 'cannot be before the start date',
    path: ['endDate'],
  });

export const zLabRecommendation = z.object({
  id: z
    .string()
    .regex(/^recommendation-[a-z0-9-]+$/)
    .optional(),
  text: z.string().trim().min(1).max(5000),
  practiceIds: z.array(zSlugId('practice')).default([]),
});

export const zLabParticipant = z.object({
  stakeholderId: zSlugId('stakeholder'),
  group: z.enum(LAB_PARTICIPANT_GROUPS).default('official-stakeholder'),
});

/** A policy lab: one city's lab on a topic in one of the two areas, run in four phases. */
export const zPolicyLabRecord = z
  .object({
    id: zSlugId('lab'),
    cityId: zSlugId('city'),
    name: z.string().trim().min(2, { message: 'must have at least 2 characters' }).max(300),
    topic: z.string().trim().min(2, { message: 'must have at least 2 characters' }).max(1000),
    area: z.enum(LAB_AREAS, { message: `must be one of ${LAB_AREAS.join(', ')}` }),
    description: zText,
    currentPhase: z.enum(LAB_PHASES).nullable().default(null),
    phases: z.array(zLabPhase).default([]),
    sessions: z.array(zLabSession).default([]),
    participants: z.array(zLabParticipant).default([]),
    experiments: z.array(zLabExperiment).default([]),
    recommendations: z.array(zLabRecommendation).default([]),
    themes: zThemeLinks,
    source: zSource.nullable().default(null),
  })
  .superRefine((lab, ctx) => {
    const seen = new Set<string>();
    lab.phases.forEach((p, i) => {
      if (seen.has(p.phase))
        ctx.addIssue({ code: 'custom', path: ['phases', i, 'phase'], message: `phase "${p.phase}" is listed twice` });
      seen.add(p.phase);
    });
    const orgs = new Set<string>();
    lab.participants.forEach((p, i) => {
      if (orgs.has(p.stakeholderId))
        ctx.addIssue({ code: 'custom', path: ['participants', i, 'stakeholderId'], message: 'takes part already' });
      orgs.add(p.stakeholderId);
    });
  })
  .transform((lab) => ({
    ...lab,
    phases: LAB_PHASES.map((phase) => lab.phases.find((p) => p.phase === phase) ?? zLabPhase.parse({ phase })),
    sessions: withIds(lab.sessions, 'session'),
    experiments: withIds(lab.experiments, 'experiment'),
    recommendations: withIds(lab.recommendations, 'recommendation'),
  }));

export type PolicyLabRecord = z.infer<typeof zPolicyLabRecord>;
export type PolicyLabInput = z.input<typeof zPolicyLabRecord>;
export type LabPhase = PolicyLabRecord['phases'][number];

/** The MUST-a-Lab policy-lab methodology as the report states it (one object in the data set). */
export const zLabFrameworkRecord = z.object({
  id: z.literal('policy-lab-framework').default('policy-lab-framework'),
  description: zText,
  labsPlanned: zText,
  topicSelection: zText,
  areas: z.array(z.object({ id: z.string().min(1), name: z.string().min(1) })).default([]),
  phases: z.array(z.object({ id: z.string().min(1), name: z.string().min(1), description: zText })).default([]),
  longTermImpacts: z.array(z.string().min(1)).default([]),
  cityNotes: z
    .array(
      z.object({
        cityId: zSlugId('city').nullable().default(null),
        text: z.string().min(1),
        source: zSource.nullable().default(null),
      }),
    )
    .default([]),
  source: zSource.nullable().default(null),
});

export type LabFrameworkRecord = z.infer<typeof zLabFrameworkRecord>;
