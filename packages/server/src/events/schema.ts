import { z } from 'zod';
import {
  zEventChoiceGroup,
  zEventPerson,
  zEventPresentation,
  zEventRecord,
  zEventRoom,
  zEventSession,
  zEventVenue,
  zRankingsInput,
  zRegistrationInput,
  zThemeLinkList,
} from '@convivio/shared';
import { writeBody, zVersionGuard } from '../records/write-body.ts';

export const zEventParams = z.object({ id: z.string().min(1).max(200) });
/** The answer of an operation that has nothing to say (204). */
export const zNoContent = z.undefined().describe('Done; no content');
export const zNestedParams = <K extends string>(name: K) =>
  zEventParams.extend({ [name]: z.string().min(1).max(200) } as { [P in K]: z.ZodString });
export const zParticipantParams = zEventParams.extend({ participantId: z.string().min(1).max(200) });
export const zUserParams = zEventParams.extend({ userId: z.string().min(1).max(200) });

export const zEventWrite = writeBody(zEventRecord, {
  id: 'EventWrite',
  optional: ['id'],
  extra: { version: zVersionGuard },
  description:
    'An event programme record with its venues, choice groups and sessions nested (see data/FORMAT.md, "Event"). ' +
    'On create the id defaults to a slug of the name; on update it is taken from the URL.',
});

export const zChoicePoint = z
  .object({
    id: z.string(),
    kind: z.enum(['parallel', 'corner']),
    title: z.string(),
    description: z.string().nullable(),
    date: z.string(),
    start: z.string(),
    end: z.string().nullable(),
    rounds: z.number().int(),
    minRanked: z.number().int().describe('A ranking that names any option names at least this many'),
    maxRanked: z.number().int().describe('and at most this many (every option)'),
    options: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        label: z.string().nullable(),
        capacity: z.number().int().nullable(),
        sessionId: z.string(),
        practiceId: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ChoicePoint' });

export const zEventSettings = z.object({
  status: z.enum(['draft', 'published']).optional(),
  registrationOpen: z.boolean().optional().describe('Participants may register themselves'),
  choicesOpen: z.boolean().optional().describe('Participants may change their rankings'),
  waitingList: z
    .boolean()
    .optional()
    .describe('Assignment seats as many as fit and lists the others as waiting instead of failing'),
});

export const zEventDetail = zEventRecord
  .extend({
    status: z.enum(['draft', 'published']),
    version: z.number().int(),
    registrationOpen: z.boolean(),
    choicesOpen: z.boolean(),
    waitingList: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    city: z.object({ id: z.string(), name: z.string() }).nullable(),
    choicePoints: z.array(zChoicePoint),
  })
  .meta({ id: 'Event' });

export const zEventSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    cityId: z.string().nullable(),
    cityName: z.string().nullable(),
    startDate: z.string(),
    endDate: z.string(),
    status: z.string(),
    sessions: z.number().int(),
    venues: z.array(z.string()),
  })
  .meta({ id: 'EventSummary' });

export const zEventQuery = z.object({
  practiceId: z.string().max(200).optional().describe('Only events where this practice was presented'),
});

const keep = <T extends z.ZodTypeAny>(s: T) => s.optional();
export const zVenueWrite = zEventVenue
  .extend({ id: zEventVenue.shape.id.optional(), rooms: keep(z.array(zEventRoom)) })
  .meta({ id: 'VenueWrite', description: 'A venue; its rooms are kept when left out' });
export const zRoomWrite = zEventRoom.extend({ id: zEventRoom.shape.id.optional() }).meta({ id: 'RoomWrite' });
export const zChoiceGroupWrite = zEventChoiceGroup
  .extend({ id: zEventChoiceGroup.shape.id.optional() })
  .meta({ id: 'ChoiceGroupWrite' });
export const zSessionWrite = zEventSession
  .extend({
    id: zEventSession.shape.id.optional(),
    presentations: keep(z.array(zEventPresentation.extend({ id: zEventPresentation.shape.id.optional() }))),
    people: keep(z.array(zEventPerson)),
    keyMessages: keep(z.array(z.string().max(10_000))),
    outcomes: keep(z.array(z.string().max(10_000))),
    themes: keep(zThemeLinkList),
  })
  .meta({
    id: 'SessionWrite',
    description: 'A session; people, presentations, key messages, outcomes and themes are kept when left out',
  });
export const zPeopleWrite = z.object({ people: z.array(zEventPerson) });
export const zKeyMessagesWrite = z.object({ keyMessages: z.array(z.string().trim().min(1).max(10_000)).max(100) });

export const zPersonRef = z
  .object({ userId: z.string(), name: z.string(), email: z.string() })
  .meta({ id: 'PersonRef' });

export const zRegistrationWrite = zRegistrationInput
  .extend({
    name: zRegistrationInput.shape.name.optional().describe('Defaults to your account name when registering yourself'),
    email: zRegistrationInput.shape.email
      .optional()
      .describe('Defaults to your account email when registering yourself'),
    userId: z
      .string()
      .max(200)
      .nullable()
      .optional()
      .describe('Organisers: the account to register, or null for someone without one'),
  })
  .meta({ id: 'RegistrationWrite' });

export const zRegistration = z
  .object({
    id: z.string(),
    eventId: z.string(),
    userId: z.string().nullable(),
    registrationNo: z.number().int(),
    name: z.string(),
    organisation: z.string().nullable(),
    cityId: z.string().nullable(),
    cityName: z.string().nullable(),
    role: z.string(),
    email: z.string(),
    languages: z.array(z.string()),
    accessibilityNeeds: z.string().nullable(),
    consentAt: z.string(),
    registeredAt: z.string(),
    updatedAt: z.string(),
    rankings: z.record(z.string(), z.array(z.string())),
    assignments: z.record(z.string(), z.array(z.string())),
  })
  .meta({ id: 'Registration' });

export const zRankingsWrite = z.object({ rankings: zRankingsInput });

export const zAgendaItem = z
  .object({
    sessionId: z.string(),
    date: z.string(),
    start: z.string(),
    end: z.string().nullable(),
    kind: z.string(),
    title: z.string(),
    place: z.string().nullable(),
    status: z.enum(['all', 'assigned', 'waiting', 'pending']),
    choicePointId: z.string().nullable(),
    round: z.number().int().nullable(),
    optionId: z.string().nullable(),
    ranking: z.array(z.string()),
  })
  .meta({ id: 'AgendaItem' });

const zCounts = z.record(z.string(), z.number());
const zWho = z.object({ participantId: z.string(), name: z.string().nullable() });
export const zAssignmentReport = z
  .object({
    runAt: z.string(),
    waitingList: z.boolean(),
    participants: z.number().int(),
    totalCost: z.number(),
    worstRank: z.number(),
    rankHistogram: zCounts,
    rankShare: zCounts,
    uncapped: z.array(z.string()),
    choicePoints: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        kind: z.string(),
        rounds: z.number().int(),
        participants: z.number().int(),
        seated: z.number().int(),
        totalCost: z.number(),
        worstRank: z.number(),
        rankHistogram: zCounts,
        rankShare: zCounts,
        fill: z.array(
          z.object({
            optionId: z.string(),
            title: z.string(),
            capacity: z.number().int().nullable(),
            perRound: z.array(z.number().int()),
          }),
        ),
        waiting: z.array(zWho),
        moved: z.array(zWho.extend({ from: z.array(z.string()), to: z.array(z.string()) })),
      }),
    ),
  })
  .meta({
    id: 'AssignmentReport',
    description:
      'Ranks count placements (one per participant, choice point and round); "unranked" = an option the participant did not rank',
  });

export const zAssignmentRun = z
  .object({ waitingList: z.boolean().optional().describe('Overrides the event setting for this run') })
  .default({});

export const zPracticeEvents = z.object({
  items: z.array(
    z.object({
      eventId: z.string(),
      eventName: z.string(),
      startDate: z.string(),
      sessionId: z.string(),
      sessionTitle: z.string(),
      presentationId: z.string(),
      presentationTitle: z.string(),
    }),
  ),
});

/** A calendar file (RFC 5545). */
export const zCalendarFile = {
  description: 'iCalendar (RFC 5545)',
  content: { 'text/calendar': { schema: z.string().describe('An iCalendar document (RFC 5545)') } },
};

const zFrabTalk = z.object({
  guid: z.string(),
  id: z.number().int(),
  logo: z.null(),
  date: z.string(),
  start: z.string(),
  duration: z.string(),
  room: z.string(),
  slug: z.string(),
  url: z.string(),
  title: z.string(),
  subtitle: z.string(),
  track: z.string().nullable(),
  type: z.string(),
  language: z.string(),
  abstract: z.string(),
  description: z.string(),
  recording_license: z.string(),
  do_not_record: z.boolean(),
  persons: z.array(
    z.object({
      id: z.number().int(),
      guid: z.string(),
      public_name: z.string(),
      biography: z.string().nullable(),
    }),
  ),
  links: z.array(z.object({ url: z.string(), title: z.string() })),
  attachments: z.array(z.unknown()),
});

/** The programme in the Frab/pretalx schedule JSON structure (c3voc schedule schema). */
export const zFrabSchedule = z
  .object({
    $schema: z.string(),
    generator: z.object({ name: z.string(), version: z.string() }),
    schedule: z.object({
      url: z.string(),
      version: z.string(),
      base_url: z.string(),
      conference: z.object({
        acronym: z.string(),
        title: z.string(),
        start: z.string(),
        end: z.string(),
        daysCount: z.number().int(),
        timeslot_duration: z.string(),
        time_zone_name: z.string(),
        rooms: z.array(z.object({ name: z.string(), guid: z.string() })),
        days: z.array(
          z.object({
            index: z.number().int(),
            date: z.string(),
            day_start: z.string(),
            day_end: z.string(),
            rooms: z.record(z.string(), z.array(zFrabTalk)).describe('Talks per room name'),
          }),
        ),
      }),
    }),
  })
  .meta({
    id: 'FrabSchedule',
    description: 'The programme as a Frab/pretalx schedule (https://c3voc.de/schedule/schema.json)',
  });
