import { z } from 'zod';
import { zLanguage, zSlugId, zSource, zText, zWebUrl } from './common.ts';
import { ACTION_PLAN_AREAS, PRACTICE_KINDS, TARGET_GROUPS, THEMES, TYPOLOGIES } from './vocabulary.ts';

const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2})?$/, { message: 'must be YYYY or YYYY-MM' })
  .nullable()
  .default(null);

export const zQuantitativeResult = z.object({
  indicator: z.string().min(1).max(2000),
  achieved: z.number().nullable().default(null),
  target: z.number().nullable().default(null),
  unit: z.string().max(100).nullable().default(null),
  note: z.string().max(5000).nullable().default(null),
});

export const zDuration = z.object({
  text: zText,
  start: partialDate,
  end: partialDate,
  ongoing: z.boolean().nullable().default(null),
});

/** The practice record: the MUST-a-Lab best-practice template plus library metadata. */
export const zPracticeRecord = z.object({
  id: zSlugId('practice'),
  kind: z.enum(PRACTICE_KINDS),
  name: z.string().trim().min(2, { message: 'must have at least 2 characters' }).max(500),
  cityId: zSlugId('city').nullable().default(null),
  partnerCityIds: z.array(zSlugId('city')).default([]),
  area: zText,
  themes: z.array(z.enum(THEMES)).default([]),
  links: z.array(zWebUrl).default([]),
  challengesAddressed: zText,
  duration: zDuration.default({ text: null, start: null, end: null, ongoing: null }),
  stakeholders: zText,
  description: zText,
  systematized: z
    .object({ value: z.boolean().nullable().default(null), note: zText })
    .default({ value: null, note: null }),
  results: zText,
  quantitativeResults: z.array(zQuantitativeResult).default([]),
  communicationStrategy: zText,
  stakeholderInvolvement: zText,
  migrantInvolvement: zText,
  challengesExperienced: zText,
  recommendations: zText,
  lessonsLearned: zText,
  targetGroups: z.array(z.enum(TARGET_GROUPS)).default([]),
  typology: z.enum(TYPOLOGIES).nullable().default(null),
  actionPlanAreas: z.array(z.enum(ACTION_PLAN_AREAS)).default([]),
  funding: zText,
  language: zLanguage,
  source: zSource.nullable().default(null),
});

export type PracticeRecord = z.infer<typeof zPracticeRecord>;
export type PracticeInput = z.input<typeof zPracticeRecord>;
