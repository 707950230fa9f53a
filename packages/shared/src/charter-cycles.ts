import { z } from 'zod';
import { zSlugId, zSource } from './common.ts';
import { noDuplicates } from './charter.ts';
import { zIsoDate } from './stakeholder.ts';

/** A monitoring cycle is open (signatory cities assess their commitments) or closed: its state. */
export const CYCLE_STATUSES = ['open', 'closed'] as const;

/** Where a signatory city stands with one commitment in one cycle, weakest first. */
export const ASSESSMENT_STATUSES = ['not-started', 'in-progress', 'achieved', 'not-applicable'] as const;

export type CycleStatus = (typeof CYCLE_STATUSES)[number];
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** How long a monitoring cycle runs at most: two years. */
export const CYCLE_YEARS = 2;

/** The day `years` years after an ISO date (YYYY-MM-DD). */
export function yearsAfter(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

const zLink = z
  .string()
  .trim()
  .max(2000)
  .regex(/^https?:\/\/[^\s/?#]+\.[^\s]+$/, { message: 'must be a web address starting with http:// or https://' });

/** A cycle's name, dates and status (what an administrator writes). */
const cycleFields = {
  name: z.string().trim().min(1, { message: 'must not be empty' }).max(300),
  startsOn: zIsoDate,
  endsOn: zIsoDate,
  /** `state`, not `status`: in the data set `status` is a record's draft/published. */
  state: z.enum(CYCLE_STATUSES, { message: `must be one of ${CYCLE_STATUSES.join(', ')}` }).default('open'),
};

function checkDates(c: { startsOn: string; endsOn: string }, ctx: z.RefinementCtx): void {
  if (c.endsOn <= c.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'must be after the start' });
  else if (c.endsOn > yearsAfter(c.startsOn, CYCLE_YEARS))
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: `a cycle lasts at most ${CYCLE_YEARS} years` });
}

export const zCycleWrite = z.object(cycleFields).superRefine(checkDates);

/** What a signatory city's editor records about one commitment in one cycle. */
export const zAssessmentWrite = z
  .object({
    status: z.enum(ASSESSMENT_STATUSES, { message: `must be one of ${ASSESSMENT_STATUSES.join(', ')}` }),
    evidence: z.string().trim().max(5000).nullable().default(null),
    evidenceLinks: z.array(zLink).max(20).default([]),
    practiceIds: z.array(zSlugId('practice')).max(50).default([]),
  })
  .superRefine((a, ctx) => {
    noDuplicates(a.evidenceLinks, (i) => ['evidenceLinks', i], 'link', ctx);
    noDuplicates(a.practiceIds, (i) => ['practiceIds', i], 'practice', ctx);
  });

/** One assessment in the data set: the city, the commitment, what it records, and where the fact comes from. */
export const zAssessmentRecord = z
  .object({
    cityId: zSlugId('city'),
    commitmentId: zSlugId('charter-integrating-cities'),
    status: z.enum(ASSESSMENT_STATUSES, { message: `must be one of ${ASSESSMENT_STATUSES.join(', ')}` }),
    evidence: z.string().trim().max(5000).nullable().default(null),
    evidenceLinks: z.array(zLink).max(20).default([]),
    practiceIds: z.array(zSlugId('practice')).max(50).default([]),
    source: zSource.nullable().default(null),
  })
  .superRefine((a, ctx) => {
    noDuplicates(a.practiceIds, (i) => ['practiceIds', i], 'practice', ctx);
  });

/** A monitoring cycle as the data set holds it (`charterCycles`, a list). */
export const zCharterCycleRecord = z
  .object({
    id: zSlugId('cycle'),
    ...cycleFields,
    assessments: z.array(zAssessmentRecord).default([]),
    source: zSource.nullable().default(null),
  })
  .superRefine((c, ctx) => {
    checkDates(c, ctx);
    noDuplicates(
      c.assessments.map((a) => `${a.cityId} / ${a.commitmentId}`),
      (i) => ['assessments', i, 'commitmentId'],
      'assessment',
      ctx,
    );
  });

export type CycleWrite = z.infer<typeof zCycleWrite>;
export type AssessmentWrite = z.infer<typeof zAssessmentWrite>;
export type AssessmentRecord = z.infer<typeof zAssessmentRecord>;
export type CharterCycleRecord = z.infer<typeof zCharterCycleRecord>;
