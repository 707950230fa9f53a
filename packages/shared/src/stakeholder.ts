import { z } from 'zod';
import { zSlugId, zSource, zText } from './common.ts';

/** The five areas of the MUST-a-Lab stakeholder mapping (D2.1, section 4), in the report's order. */
export const STAKEHOLDER_AREAS = [
  'public-administration',
  'migrant-communities',
  'education',
  'civil-society',
  'economy',
] as const;

/** What a stakeholder does in the city's local integration strategies. */
export const STAKEHOLDER_ROLES = [
  'coordinator',
  'service-provider',
  'funder',
  'implementing-partner',
  'advocate',
  'participant',
] as const;

/** Where a stakeholder stands in the engagement process, from first identified to withdrawn. */
export const ENGAGEMENT_STATUSES = [
  'identified',
  'contacted',
  'interested',
  'committed',
  'active',
  'withdrawn',
] as const;

/** Communication channels offered in forms; any other channel may be written in. */
export const SUGGESTED_CHANNELS = [
  'email',
  'WhatsApp group',
  'Telegram group',
  'phone',
  'meetings',
  'newsletter',
  'social media channels',
  'website',
] as const;

export type StakeholderArea = (typeof STAKEHOLDER_AREAS)[number];
export type StakeholderRole = (typeof STAKEHOLDER_ROLES)[number];
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

/** A calendar date `YYYY-MM-DD` that exists. */
export const zIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    { message: 'is not a real calendar date' },
  );

/** A 1–5 rating; numeric strings ("4") are accepted, blank means not rated. */
export const zRating = z
  .preprocess(
    (v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
    z
      .number({ message: 'must be a whole number from 1 to 5' })
      .int({ message: 'must be a whole number from 1 to 5' })
      .min(1, { message: 'must be from 1 to 5' })
      .max(5, { message: 'must be from 1 to 5' })
      .nullable(),
  )
  .default(null);

export const zEngagementEvent = z.object({
  status: z.enum(ENGAGEMENT_STATUSES),
  date: zIsoDate,
  note: z.string().max(2000).nullable().default(null),
});

/** An organisation (or collective body) on a city's territory; never a person. */
export const zStakeholderRecord = z.object({
  id: zSlugId('stakeholder'),
  cityId: zSlugId('city'),
  name: z.string().trim().min(2, { message: 'must have at least 2 characters' }).max(300),
  description: zText,
  area: z.enum(STAKEHOLDER_AREAS, { message: `must be one of ${STAKEHOLDER_AREAS.join(', ')}` }),
  roles: z.array(z.enum(STAKEHOLDER_ROLES, { message: `must be one of ${STAKEHOLDER_ROLES.join(', ')}` })).default([]),
  influence: zRating,
  interest: zRating,
  engagementStatus: z
    .enum(ENGAGEMENT_STATUSES, { message: `must be one of ${ENGAGEMENT_STATUSES.join(', ')}` })
    .nullable()
    .default(null),
  engagementHistory: z.array(zEngagementEvent).default([]),
  communicationChannels: z.array(z.string().trim().min(1).max(100)).default([]),
  practiceIds: z.array(zSlugId('practice')).default([]),
  referenceGroups: z.array(z.enum(['local', 'international'])).default([]),
  source: zSource.nullable().default(null),
});

export type StakeholderRecord = z.infer<typeof zStakeholderRecord>;
export type StakeholderInput = z.input<typeof zStakeholderRecord>;

/** What a person participating as an individual is, for counting without naming them. */
export const CONTACT_PROFILES = ['staff', 'migrant', 'asylum-seeker', 'refugee', 'resident', 'other'] as const;

/**
 * A person (a stakeholder's contact or an individual resident) recorded with consent.
 * Personal data: visible to the city's editors and administrators only, never exported.
 */
export const zContactInput = z.object({
  stakeholderId: zSlugId('stakeholder').nullable().default(null),
  name: z.string().trim().min(1, { message: 'is required' }).max(200),
  email: z.string().trim().toLowerCase().email({ message: 'must be an email address' }).nullable().default(null),
  phone: z
    .string()
    .trim()
    .regex(/^[+0-9 ().-]{4,40}$/, { message: 'must be a phone number (digits, spaces, + - ( ) .)' })
    .nullable()
    .default(null),
  position: z.string().trim().max(200).nullable().default(null),
  profile: z.enum(CONTACT_PROFILES).default('staff'),
  consent: z.literal(true, { message: 'must be given: a person can be recorded only with their recorded consent' }),
  consentDate: zIsoDate,
});

export type ContactInput = z.input<typeof zContactInput>;
export type Contact = z.infer<typeof zContactInput> & { id: string; cityId: string };

/** A way a city involves citizens, migrants or stakeholders in its policies. */
export const zParticipatoryMethodRecord = z.object({
  id: zSlugId('method'),
  cityId: zSlugId('city').nullable().default(null),
  name: z.string().trim().min(2).max(300),
  description: zText,
  source: zSource.nullable().default(null),
});

export type ParticipatoryMethodRecord = z.infer<typeof zParticipatoryMethodRecord>;
