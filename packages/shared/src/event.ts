import { z } from 'zod';
import { zLanguage, zSlugId, zSource, zText, zWebUrl } from './common.ts';
import { zThemeLinks } from './theme-links.ts';

/** Kinds of programme sessions. `other` covers e.g. registration desks. */
export const EVENT_SESSION_KINDS = [
  'plenary',
  'panel',
  'workshop',
  'projects-corner',
  'site-visit',
  'break',
  'social',
  'other',
] as const;

/** What a person does in a session. */
export const EVENT_PERSON_ROLES = ['speaker', 'moderator', 'facilitator', 'rapporteur', 'chair', 'host'] as const;

export type EventSessionKind = (typeof EVENT_SESSION_KINDS)[number];
export type EventPersonRole = (typeof EVENT_PERSON_ROLES)[number];

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A calendar date `YYYY-MM-DD`. */
export const zEventDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  .refine(isRealDate, { message: 'is not a real calendar date' });

/** A local wall-clock time `HH:MM` (24 h). */
export const zEventTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time HH:MM (24 h)' });

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** An IANA time zone such as `Europe/Rome`. */
export const zTimeZone = z
  .string()
  .min(1)
  .max(100)
  .refine(isTimeZone, { message: 'must be an IANA time zone such as "Europe/Rome"' });

const zName = z.string().trim().min(1, { message: 'is required' }).max(500);
const zCapacity = z
  .number()
  .int({ message: 'must be a whole number' })
  .min(0, { message: 'cannot be negative' })
  .max(100_000)
  .nullable()
  .default(null);

/** Someone on the programme (no contact details: those are personal data). */
export const zEventPerson = z.object({
  name: z.string().trim().max(300).nullable().default(null),
  position: z.string().trim().max(500).nullable().default(null),
  organisation: z.string().trim().max(500).nullable().default(null),
  cityId: zSlugId('city').nullable().default(null),
  role: z.enum(EVENT_PERSON_ROLES),
  confirmed: z.boolean().default(true),
});

export const zEventRoom = z.object({
  id: zSlugId('room'),
  name: zName,
  capacity: zCapacity.describe('Seats or places, only when known'),
});

export const zEventVenue = z.object({
  id: zSlugId('venue'),
  name: zName,
  address: z.string().trim().max(1000).nullable().default(null),
  cityId: zSlugId('city').nullable().default(null),
  rooms: z.array(zEventRoom).default([]),
  source: zSource.nullable().default(null),
  additionalSources: z.array(zSource).default([]),
});

/** Parallel sessions between which each participant picks one. */
export const zEventChoiceGroup = z.object({
  id: zSlugId('choice'),
  title: zName,
  description: zText,
  note: zText,
  source: zSource.nullable().default(null),
});

/** An initiative on display in a projects corner. */
export const zEventPresentation = z.object({
  id: zSlugId('presentation'),
  title: zName,
  practiceId: zSlugId('practice').nullable().default(null),
  description: zText,
  presenters: z.array(zEventPerson).default([]),
  capacity: zCapacity.describe('Listeners per round, when limited'),
  source: zSource.nullable().default(null),
});

export const zEventSession = z.object({
  id: zSlugId('session'),
  kind: z.enum(EVENT_SESSION_KINDS),
  label: z.string().trim().max(200).nullable().default(null),
  title: zName,
  description: zText,
  agenda: z.array(z.string().max(2000)).default([]),
  date: zEventDate,
  start: zEventTime,
  end: zEventTime.nullable().default(null),
  venueId: zSlugId('venue').nullable().default(null),
  roomId: zSlugId('room').nullable().default(null),
  stops: z.array(zSlugId('venue')).default([]),
  choiceGroup: zSlugId('choice').nullable().default(null),
  rounds: z.number().int().min(1).max(20).default(1),
  roundMinutes: z.number().int().min(1).max(600).nullable().default(null),
  capacity: zCapacity.describe('Seats for this session; when null the room capacity applies'),
  people: z.array(zEventPerson).default([]),
  presentations: z.array(zEventPresentation).default([]),
  keyMessages: z.array(z.string().max(10_000)).default([]),
  outcomes: z.array(z.string().max(10_000)).default([]),
  notes: zText,
  themes: zThemeLinks,
  source: zSource.nullable().default(null),
  additionalSources: z.array(zSource).default([]),
});

/** A conference programme, imported and replaced as one record (see data/FORMAT.md, "Event"). */
export const zEventRecord = z.object({
  id: zSlugId('event'),
  name: zName,
  description: zText,
  background: zText,
  cityId: zSlugId('city').nullable().default(null),
  host: z.string().trim().max(500).nullable().default(null),
  timezone: zTimeZone,
  startDate: zEventDate,
  endDate: zEventDate,
  language: zLanguage,
  links: z.array(zWebUrl).default([]),
  venues: z.array(zEventVenue).default([]),
  choiceGroups: z.array(zEventChoiceGroup).default([]),
  sessions: z.array(zEventSession).default([]),
  keyMessages: z.array(z.string().max(10_000)).default([]),
  notes: zText,
  source: zSource.nullable().default(null),
  additionalSources: z.array(zSource).default([]),
});

export type EventPerson = z.infer<typeof zEventPerson>;
export type EventRoom = z.infer<typeof zEventRoom>;
export type EventVenue = z.infer<typeof zEventVenue>;
export type EventChoiceGroup = z.infer<typeof zEventChoiceGroup>;
export type EventPresentation = z.infer<typeof zEventPresentation>;
export type EventSession = z.infer<typeof zEventSession>;
export type EventRecord = z.infer<typeof zEventRecord>;
export type EventInput = z.input<typeof zEventRecord>;
