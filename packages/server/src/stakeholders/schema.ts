import { CONTACT_PROFILES, ENGAGEMENT_STATUSES, STAKEHOLDER_AREAS, zSource } from '@convivio/shared';
import { z } from 'zod';

/*
 * Request and response schemas of the stakeholder API. Response schemas are plain
 * (no transforms) because responses are encoded through them.
 */

export const zIdParams = z.object({ id: z.string().min(1).max(200) });

export const zStakeholderWrite = z.record(z.string(), z.unknown())
  .describe('A stakeholder: name, area, roles, influence and interest (1–5), engagementStatus (with optional statusDate YYYY-MM-DD), communicationChannels, practiceIds, description; send `version` on update to guard against concurrent edits');

export const zStakeholderOut = z.object({
  id: z.string(), cityId: z.string(), cityName: z.string().nullable(), name: z.string(), description: z.string().nullable(),
  area: z.enum(STAKEHOLDER_AREAS), roles: z.array(z.string()), influence: z.number().int().nullable(), interest: z.number().int().nullable(),
  quadrant: z.string().nullable().describe('key-players, keep-satisfied, keep-informed, monitor; null when not rated'),
  engagementStatus: z.enum(ENGAGEMENT_STATUSES).nullable(),
  engagementHistory: z.array(z.object({ status: z.string(), date: z.string(), note: z.string().nullable() })),
  communicationChannels: z.array(z.string()), practiceIds: z.array(z.string()), referenceGroups: z.array(z.string()),
  source: zSource.nullable(), version: z.number().int(), updatedAt: z.string(),
});

export const zStakeholderList = z.object({
  city: z.object({ id: z.string(), name: z.string() }),
  items: z.array(zStakeholderOut),
  total: z.number().int(),
});

const zGridEntry = z.object({ id: z.string(), name: z.string(), area: z.string(), influence: z.number(), interest: z.number() });

export const zStakeholderMap = z.object({
  city: z.object({ id: z.string(), name: z.string() }),
  grid: z.object({
    quadrants: z.object({ 'key-players': z.array(zGridEntry), 'keep-satisfied': z.array(zGridEntry), 'keep-informed': z.array(zGridEntry), monitor: z.array(zGridEntry) }),
    unrated: z.array(z.object({ id: z.string(), name: z.string(), area: z.string() })),
  }),
  coverage: z.array(z.object({
    area: z.string(), count: z.number().int(), engaged: z.number().int(), withdrawn: z.number().int(),
    roles: z.record(z.string(), z.number().int()), level: z.enum(['gap', 'thin', 'covered']),
  })),
  network: z.object({
    nodes: z.array(z.object({ id: z.string(), kind: z.enum(['stakeholder', 'practice', 'lab']), label: z.string() })),
    edges: z.array(z.object({ from: z.string(), to: z.string() })),
  }),
});

export const zCsvBody = z.union([z.string().max(5_000_000), z.object({ csv: z.string().max(5_000_000) })])
  .describe('CSV text (Content-Type text/csv) or {"csv": "..."}; header line with name, area and any of id, roles, influence, interest, engagementStatus, statusDate, communicationChannels, practiceIds, description');

export const zCsvResult = z.object({ created: z.number().int(), updated: z.number().int(), ids: z.array(z.string()) });

export const zContactOut = z.object({
  id: z.string(), cityId: z.string(), stakeholderId: z.string().nullable(), name: z.string(), email: z.string().nullable(),
  phone: z.string().nullable(), position: z.string().nullable(), profile: z.enum(CONTACT_PROFILES), consent: z.literal(true), consentDate: z.string(),
});

export const zContactWrite = z.record(z.string(), z.unknown())
  .describe('A person: name, email, phone, position, stakeholderId (their organisation, optional), profile, consent (must be true) and consentDate (YYYY-MM-DD)');

export const zMethodOut = z.object({ id: z.string(), cityId: z.string().nullable(), name: z.string(), description: z.string().nullable(), source: zSource.nullable() });

const zMember = z.object({
  id: z.string(), stakeholderId: z.string().nullable(), stakeholderName: z.string().nullable(), organisation: z.string().nullable(),
  joined: z.string().nullable(), left: z.string().nullable(), note: z.string().nullable(),
});
const zMeeting = z.object({
  id: z.string(), date: z.string(), title: z.string().nullable(), agenda: z.string().nullable(), attendance: z.number().int().nullable(),
  attendeeStakeholderIds: z.array(z.string()), minutes: z.string().nullable(),
});

export const zReferenceGroupOut = z.object({
  id: z.string(), kind: z.enum(['local', 'international']), cityId: z.string().nullable(), cityName: z.string().nullable(), name: z.string(),
  description: z.string().nullable(), targetSize: z.union([z.number(), z.string()]).nullable(), currentMembers: z.number().int(),
  members: z.array(zMember), meetings: z.array(zMeeting), engagementChallenges: z.string().nullable(), source: zSource.nullable(),
  version: z.number().int(), updatedAt: z.string(),
});

export const zGroupWrite = z.record(z.string(), z.unknown()).describe('A reference group record: kind (local|international), cityId, name, description, targetSize, members, meetings, engagementChallenges');
