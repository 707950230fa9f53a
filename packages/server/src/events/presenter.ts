import type { AssignmentReport } from './assignment-report.ts';
import { choicePointsOf } from './choice-points.ts';
import type { ParticipantRow } from './participant-queries.ts';
import type { EventRow } from './queries.ts';

const iso = (d: string | Date) => new Date(d).toISOString();

/** The JSON the API promises for one event: its programme record, settings and choice points. */
export function presentEvent(row: EventRow) {
  return {
    ...row.record,
    status: row.status,
    version: row.version,
    registrationOpen: row.registration_open,
    choicesOpen: row.choices_open,
    waitingList: row.waiting_list,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    city: row.city_id ? { id: row.city_id, name: row.city_name ?? row.city_id } : null,
    choicePoints: choicePointsOf(row.record),
  };
}

/** One event in lists. */
export function presentEventSummary(row: EventRow) {
  const r = row.record;
  return {
    id: row.id,
    name: r.name,
    cityId: row.city_id,
    cityName: row.city_name,
    startDate: r.startDate,
    endDate: r.endDate,
    status: row.status,
    sessions: r.sessions.length,
    venues: r.venues.map((v) => v.name),
  };
}

/** A registration with its rankings and assignments (for the participant and the organisers only). */
export function presentParticipant(
  row: ParticipantRow,
  rankings: Record<string, string[]> = {},
  assignments: Record<string, string[]> = {},
) {
  return {
    id: row.id,
    eventId: row.event_id,
    userId: row.user_id,
    registrationNo: Number(row.registration_no),
    name: row.name,
    organisation: row.organisation,
    cityId: row.city_id,
    cityName: row.city_name,
    role: row.role,
    email: row.email,
    languages: row.languages,
    accessibilityNeeds: row.accessibility_needs,
    consentAt: iso(row.consent_at),
    registeredAt: iso(row.registered_at),
    updatedAt: iso(row.updated_at),
    rankings,
    assignments,
  };
}

/** An assignment report with the names of the participants it lists (null for those who have since withdrawn). */
export function presentReport(report: AssignmentReport, names: Map<string, string>) {
  const who = (participantId: string) => ({ participantId, name: names.get(participantId) ?? null });
  return {
    ...report,
    choicePoints: report.choicePoints.map((c) => ({
      ...c,
      waiting: c.waiting.map(who),
      moved: c.moved.map((m) => ({ ...who(m.participantId), from: m.from, to: m.to })),
    })),
  };
}

export type PresentedReport = ReturnType<typeof presentReport>;
