import { quadrantOf, type Contact, type ReferenceGroupRecord } from '@convivio/shared';
import type { StakeholderRow } from './queries.ts';
import type { ReferenceGroupRow } from './reference-group-queries.ts';

const iso = (d: string | Date) => new Date(d).toISOString();

/** A stakeholder (an organisation) as the API shows it to anyone. */
export function presentStakeholder(row: StakeholderRow, cityName: string | null = row.city_name ?? null) {
  const r = row.record;
  return {
    id: r.id,
    cityId: r.cityId,
    cityName,
    name: r.name,
    description: r.description,
    area: r.area,
    roles: r.roles,
    influence: r.influence,
    interest: r.interest,
    quadrant: quadrantOf(r.influence, r.interest),
    engagementStatus: r.engagementStatus,
    engagementHistory: r.engagementHistory,
    communicationChannels: r.communicationChannels,
    practiceIds: r.practiceIds,
    referenceGroups: r.referenceGroups,
    source: r.source,
    version: row.version,
    updatedAt: iso(row.updated_at),
  };
}

/** A contact person: only ever sent to the city's editors and administrators. */
export const presentContact = (c: Contact) => ({ ...c });

/** Members still in the group (joined, not left). */
export const currentMembers = (g: ReferenceGroupRecord) => g.members.filter((m) => !m.left).length;

/** A reference group with its members' names resolved. */
export function presentReferenceGroup(row: ReferenceGroupRow, names: Map<string, string>) {
  const r = row.record;
  return {
    id: r.id,
    kind: r.kind,
    cityId: r.cityId,
    cityName: row.city_name,
    name: r.name,
    description: r.description,
    targetSize: r.targetSize,
    currentMembers: currentMembers(r),
    members: r.members.map((m) => ({
      id: m.id,
      stakeholderId: m.stakeholderId,
      stakeholderName: m.stakeholderId ? (names.get(m.stakeholderId) ?? null) : null,
      organisation: m.organisation,
      joined: m.joined,
      left: m.left,
      note: m.note,
    })),
    meetings: r.meetings.map((m) => ({
      id: m.id,
      date: m.date,
      title: m.title,
      agenda: m.agenda,
      attendance: m.attendance,
      attendeeStakeholderIds: m.attendeeStakeholderIds,
      minutes: m.minutes,
    })),
    engagementChallenges: r.engagementChallenges,
    source: r.source,
    version: row.version,
    updatedAt: iso(row.updated_at),
  };
}
