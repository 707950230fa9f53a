import { z } from 'zod';
import {
  zEventChoiceGroup, zEventPerson, zEventPresentation, zEventRecord, zEventRoom, zEventSession, zEventVenue, zRankingsInput, zRegistrationInput,
} from '@convivio/shared';

export const zEventParams = z.object({ id: z.string().min(1).max(200) });
export const zNestedParams = (name: string) => zEventParams.extend({ [name]: z.string().min(1).max(200) });
export const zParticipantParams = zEventParams.extend({ participantId: z.string().min(1).max(200) });
export const zUserParams = zEventParams.extend({ userId: z.string().min(1).max(200) });

export const zEventWrite = z.record(z.string(), z.unknown()).describe('An event record (venues, choice groups and sessions nested; see data/FORMAT.md, "Event"); send `version` to guard against concurrent edits');

export const zChoicePoint = z.object({
  id: z.string(), kind: z.enum(['parallel', 'corner']), title: z.string(), description: z.string().nullable(),
  date: z.string(), start: z.string(), end: z.string().nullable(), rounds: z.number().int(),
  options: z.array(z.object({ id: z.string(), title: z.string(), label: z.string().nullable(), capacity: z.number().int().nullable(), sessionId: z.string(), practiceId: z.string().nullable() })),
});

export const zEventSettings = z.object({
  status: z.enum(['draft', 'published']).optional(),
  registrationOpen: z.boolean().optional().describe('Participants may register themselves'),
  choicesOpen: z.boolean().optional().describe('Participants may change their rankings'),
  waitingList: z.boolean().optional().describe('Assignment seats as many as fit and lists the others as waiting instead of failing'),
});

export const zEventDetail = zEventRecord.extend({
  status: z.enum(['draft', 'published']), version: z.number().int(), registrationOpen: z.boolean(), choicesOpen: z.boolean(),
  waitingList: z.boolean(), createdAt: z.string(), updatedAt: z.string(),
  city: z.object({ id: z.string(), name: z.string() }).nullable(), choicePoints: z.array(zChoicePoint),
});

export const zEventSummary = z.object({
  id: z.string(), name: z.string(), cityId: z.string().nullable(), cityName: z.string().nullable(), startDate: z.string(), endDate: z.string(),
  status: z.string(), sessions: z.number().int(), venues: z.array(z.string()),
});

export const zEventQuery = z.object({ practiceId: z.string().max(200).optional().describe('Only events where this practice was presented') });

const keep = <T extends z.ZodTypeAny>(s: T) => s.optional();
export const zVenueWrite = zEventVenue.extend({ id: zEventVenue.shape.id.optional(), rooms: keep(z.array(zEventRoom)) });
export const zRoomWrite = zEventRoom.extend({ id: zEventRoom.shape.id.optional() });
export const zChoiceGroupWrite = zEventChoiceGroup.extend({ id: zEventChoiceGroup.shape.id.optional() });
export const zSessionWrite = zEventSession.extend({
  id: zEventSession.shape.id.optional(),
  presentations: keep(z.array(zEventPresentation.extend({ id: zEventPresentation.shape.id.optional() }))),
  people: keep(z.array(zEventPerson)), keyMessages: keep(z.array(z.string().max(10_000))), outcomes: keep(z.array(z.string().max(10_000))),
}).describe('A session; people, presentations, key messages and outcomes are kept when left out');
export const zPeopleWrite = z.object({ people: z.array(zEventPerson) });
export const zKeyMessagesWrite = z.object({ keyMessages: z.array(z.string().trim().min(1).max(10_000)).max(100) });

export const zPersonRef = z.object({ userId: z.string(), name: z.string(), email: z.string() });

export const zRegistrationWrite = zRegistrationInput.extend({
  name: zRegistrationInput.shape.name.optional().describe('Defaults to your account name when registering yourself'),
  email: zRegistrationInput.shape.email.optional().describe('Defaults to your account email when registering yourself'),
  userId: z.string().max(200).nullable().optional().describe('Organisers: the account to register, or null for someone without one'),
});

export const zRegistration = z.object({
  id: z.string(), eventId: z.string(), userId: z.string().nullable(), registrationNo: z.number().int(), name: z.string(),
  organisation: z.string().nullable(), cityId: z.string().nullable(), cityName: z.string().nullable(), role: z.string(), email: z.string(),
  languages: z.array(z.string()), accessibilityNeeds: z.string().nullable(), consentAt: z.string(), registeredAt: z.string(), updatedAt: z.string(),
  rankings: z.record(z.string(), z.array(z.string())), assignments: z.record(z.string(), z.array(z.string())),
});

export const zRankingsWrite = z.object({ rankings: zRankingsInput });

export const zAgendaItem = z.object({
  sessionId: z.string(), date: z.string(), start: z.string(), end: z.string().nullable(), kind: z.string(), title: z.string(),
  place: z.string().nullable(), status: z.enum(['all', 'assigned', 'waiting', 'pending']), choicePointId: z.string().nullable(),
  round: z.number().int().nullable(), optionId: z.string().nullable(), ranking: z.array(z.string()),
});

const zCounts = z.record(z.string(), z.number());
const zWho = z.object({ participantId: z.string(), name: z.string().nullable() });
export const zAssignmentReport = z.object({
  runAt: z.string(), waitingList: z.boolean(), participants: z.number().int(), totalCost: z.number(), worstRank: z.number(),
  rankHistogram: zCounts, rankShare: zCounts, uncapped: z.array(z.string()),
  choicePoints: z.array(z.object({
    id: z.string(), title: z.string(), kind: z.string(), rounds: z.number().int(), participants: z.number().int(), seated: z.number().int(),
    totalCost: z.number(), worstRank: z.number(), rankHistogram: zCounts, rankShare: zCounts,
    fill: z.array(z.object({ optionId: z.string(), title: z.string(), capacity: z.number().int().nullable(), perRound: z.array(z.number().int()) })),
    waiting: z.array(zWho), moved: z.array(zWho.extend({ from: z.array(z.string()), to: z.array(z.string()) })),
  })),
}).describe('Ranks count placements (one per participant, choice point and round); "unranked" = an option the participant did not rank');

export const zAssignmentRun = z.object({ waitingList: z.boolean().optional().describe('Overrides the event setting for this run') }).default({});

export const zPracticeEvents = z.object({
  items: z.array(z.object({ eventId: z.string(), eventName: z.string(), startDate: z.string(), sessionId: z.string(), sessionTitle: z.string(), presentationId: z.string(), presentationTitle: z.string() })),
});
