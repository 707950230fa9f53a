import {
  CONTACT_PROFILES,
  ENGAGEMENT_STATUSES,
  STAKEHOLDER_AREAS,
  zContactInput,
  zGroupMeeting,
  zGroupMember,
  zIsoDate,
  zReferenceGroupRecord,
  zSource,
  zStakeholderRecord,
} from '@convivio/shared';
import { z } from 'zod';
import { writeBody, zVersionGuard } from '../records/write-body.ts';

/*
 * Request and response schemas of the stakeholder API. Response schemas are plain
 * (no transforms) because responses are encoded through them.
 */

export const zIdParams = z.object({ id: z.string().min(1).max(200) });

export const zStakeholderWrite = writeBody(zStakeholderRecord, {
  id: 'StakeholderWrite',
  optional: ['id', 'cityId'],
  extra: {
    version: zVersionGuard,
    statusDate: zIsoDate.nullable().optional().describe('When the engagementStatus was reached (today when left out)'),
  },
  description:
    'A stakeholder (an organisation). The city is taken from the URL on create and cannot change; on create the id defaults to a slug of the city and name. ' +
    'A changed engagementStatus is added to engagementHistory with statusDate, unless engagementHistory is sent.',
});

export const zStakeholderOut = z
  .object({
    id: z.string(),
    cityId: z.string(),
    cityName: z.string().nullable(),
    name: z.string(),
    description: z.string().nullable(),
    area: z.enum(STAKEHOLDER_AREAS),
    roles: z.array(z.string()),
    influence: z.number().int().nullable(),
    interest: z.number().int().nullable(),
    quadrant: z
      .string()
      .nullable()
      .describe('key-players, keep-satisfied, keep-informed, monitor; null when not rated'),
    engagementStatus: z.enum(ENGAGEMENT_STATUSES).nullable(),
    engagementHistory: z.array(z.object({ status: z.string(), date: z.string(), note: z.string().nullable() })),
    communicationChannels: z.array(z.string()),
    practiceIds: z.array(z.string()),
    referenceGroups: z.array(z.string()),
    source: zSource.nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Stakeholder' });

export const zStakeholderList = z
  .object({
    city: z.object({ id: z.string(), name: z.string() }),
    items: z.array(zStakeholderOut),
    total: z.number().int(),
  })
  .meta({ id: 'StakeholderList' });

const zGridEntry = z.object({
  id: z.string(),
  name: z.string(),
  area: z.string(),
  influence: z.number(),
  interest: z.number(),
});

export const zStakeholderMap = z
  .object({
    city: z.object({ id: z.string(), name: z.string() }),
    grid: z.object({
      quadrants: z.object({
        'key-players': z.array(zGridEntry),
        'keep-satisfied': z.array(zGridEntry),
        'keep-informed': z.array(zGridEntry),
        monitor: z.array(zGridEntry),
      }),
      unrated: z.array(z.object({ id: z.string(), name: z.string(), area: z.string() })),
    }),
    coverage: z.array(
      z.object({
        area: z.string(),
        count: z.number().int(),
        engaged: z.number().int(),
        withdrawn: z.number().int(),
        roles: z.record(z.string(), z.number().int()),
        level: z.enum(['gap', 'thin', 'covered']),
      }),
    ),
    network: z.object({
      nodes: z.array(z.object({ id: z.string(), kind: z.enum(['stakeholder', 'practice', 'lab']), label: z.string() })),
      edges: z.array(z.object({ from: z.string(), to: z.string() })),
    }),
  })
  .meta({ id: 'StakeholderMap' });

const CSV_COLUMNS =
  'a header line with name, area and any of id, roles, influence, interest, engagementStatus, statusDate, communicationChannels, practiceIds, description';
export const zCsvText = z.string().max(5_000_000).describe(`CSV text: ${CSV_COLUMNS}`);
export const zCsvJson = z.object({ csv: zCsvText });
export const zCsvBody = z
  .union([zCsvText, zCsvJson])
  .describe(`CSV text (Content-Type text/csv) or {"csv": "..."}; ${CSV_COLUMNS}`);

export const zCsvResult = z
  .object({ created: z.number().int(), updated: z.number().int(), ids: z.array(z.string()) })
  .meta({ id: 'StakeholderImportResult' });

export const zContactOut = z
  .object({
    id: z.string(),
    cityId: z.string(),
    stakeholderId: z.string().nullable(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    position: z.string().nullable(),
    profile: z.enum(CONTACT_PROFILES),
    consent: z.literal(true),
    consentDate: z.string(),
  })
  .meta({ id: 'Contact' });

export const zContactWrite = writeBody(zContactInput, {
  id: 'ContactWrite',
  description:
    'A person recorded with their consent (consent must be true, with its date); stakeholderId is their organisation, if any',
});

export const zMethodOut = z
  .object({
    id: z.string(),
    cityId: z.string().nullable(),
    name: z.string(),
    description: z.string().nullable(),
    source: zSource.nullable(),
  })
  .meta({ id: 'ParticipatoryMethod' });

const zMember = z.object({
  id: z.string(),
  stakeholderId: z.string().nullable(),
  stakeholderName: z.string().nullable(),
  organisation: z.string().nullable(),
  joined: z.string().nullable(),
  left: z.string().nullable(),
  note: z.string().nullable(),
});
const zMeeting = z.object({
  id: z.string(),
  date: z.string(),
  title: z.string().nullable(),
  agenda: z.string().nullable(),
  attendance: z.number().int().nullable(),
  attendeeStakeholderIds: z.array(z.string()),
  minutes: z.string().nullable(),
});

export const zReferenceGroupOut = z
  .object({
    id: z.string(),
    kind: z.enum(['local', 'international']),
    cityId: z.string().nullable(),
    cityName: z.string().nullable(),
    name: z.string(),
    description: z.string().nullable(),
    targetSize: z.union([z.number(), z.string()]).nullable(),
    currentMembers: z.number().int(),
    members: z.array(zMember),
    meetings: z.array(zMeeting),
    engagementChallenges: z.string().nullable(),
    source: zSource.nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ReferenceGroup' });

export const zGroupWrite = writeBody(zReferenceGroupRecord.in, {
  id: 'ReferenceGroupWrite',
  optional: ['id'],
  extra: { version: zVersionGuard },
  description:
    'A reference group: local (of a city) or the international one, with its members over time and its meetings. ' +
    'On create the id defaults to a slug of the name; on update it is taken from the URL.',
});
export const zMeetingWrite = writeBody(zGroupMeeting, {
  id: 'MeetingWrite',
  omit: ['id'],
  description: 'A meeting of the group (its id is given by the group)',
});
export const zMemberWrite = writeBody(zGroupMember, {
  id: 'MemberWrite',
  omit: ['id'],
  extra: { joined: zIsoDate.nullable().optional().describe('When the member joined (today when left out)') },
  description: 'A member: a mapped stakeholder (stakeholderId) or a named organisation',
});
