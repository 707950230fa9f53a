import { z } from 'zod';
import { zLanguage, zSlugId } from './common.ts';

/** What a participant does, as they state it when registering. */
export const PARTICIPANT_ROLES = [
  'city-official',
  'elected-representative',
  'civil-society',
  'migrant-organisation',
  'researcher',
  'eu-institution',
  'international-organisation',
  'business',
  'press',
  'other',
] as const;

export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** A registration as the participant (or an organiser on their behalf) fills it in. */
export const zRegistrationInput = z.object({
  name: z.string().trim().min(1, { message: 'is required' }).max(300),
  organisation: z.string().trim().max(500).nullable().default(null),
  cityId: zSlugId('city').nullable().default(null),
  role: z.enum(PARTICIPANT_ROLES),
  email: z.string().trim().toLowerCase().email({ message: 'must be an email address' }).max(320),
  languages: z.array(zLanguage).max(20).default([]),
  accessibilityNeeds: z.string().trim().max(5000).nullable().default(null),
  consent: z.literal(true, { message: 'must be accepted: the privacy terms say how your data is used and erased' }),
});

/** Rankings per choice point: option ids, best first; a partial ranking is fine, `[]` clears it. */
export const zRankingsInput = z.record(z.string().min(1).max(200), z.array(z.string().min(1).max(200)).max(100));

export type RegistrationInput = z.infer<typeof zRegistrationInput>;
export type RankingsInput = z.infer<typeof zRankingsInput>;
