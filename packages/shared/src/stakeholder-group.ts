import { z } from 'zod';
import { zSlugId, zSource, zText } from './common.ts';
import { zIsoDate } from './stakeholder.ts';

/** Gives every item without an id the next free `<prefix>-<n>` id. */
export function withIds<T extends { id?: string }>(items: T[], prefix: string): (T & { id: string })[] {
  const used = new Set(items.map((i) => i.id).filter(Boolean));
  let n = 0;
  return items.map((i) => {
    if (i.id) return i as T & { id: string };
    do n += 1;
    while (used.has(`${prefix}-${n}`));
    used.add(`${prefix}-${n}`);
    return { ...i, id: `${prefix}-${n}` };
  });
}

/** One member of a reference group: a mapped stakeholder or a named organisation, with dates. */
export const zGroupMember = z
  .object({
    id: z
      .string()
      .regex(/^member-[a-z0-9-]+$/)
      .optional(),
    stakeholderId: zSlugId('stakeholder').nullable().default(null),
    organisation: z.string().trim().min(1).max(300).nullable().default(null),
    joined: zIsoDate.nullable().default(null),
    left: zIsoDate.nullable().default(null),
    note: z.string().max(2000).nullable().default(null),
  })
  .refine((m) => m.stakeholderId || m.organisation, {
    message: 'name a stakeholderId or an organisation',
    path: ['stakeholderId'],
  })
  .refine((m) => !m.joined || !m.left || m.left >= m.joined, {
    message: 'cannot be before the joining date',
    path: ['left'],
  });

/** A meeting of a reference group: date, agenda, who attended and the minutes. */
export const zGroupMeeting = z.object({
  id: z
    .string()
    .regex(/^meeting-[a-z0-9-]+$/)
    .optional(),
  date: zIsoDate,
  title: z.string().trim().max(300).nullable().default(null),
  agenda: zText,
  attendance: z.number().int().nonnegative().nullable().default(null),
  attendeeStakeholderIds: z.array(zSlugId('stakeholder')).default([]),
  minutes: zText,
});

/**
 * A Local Stakeholder Reference Group (one per city, 15–20 participants) or the
 * project's International Stakeholder Reference Group. `memberStakeholderIds` is the
 * extraction format's short form and is folded into `members`.
 */
export const zReferenceGroupRecord = z
  .object({
    id: zSlugId('reference-group'),
    kind: z.enum(['local', 'international']),
    cityId: zSlugId('city').nullable().default(null),
    name: z.string().trim().min(2).max(300),
    description: zText,
    targetSize: z
      .union([z.number().int().positive(), z.string().max(200)])
      .nullable()
      .default(null),
    members: z.array(zGroupMember).default([]),
    memberStakeholderIds: z.array(zSlugId('stakeholder')).default([]),
    meetings: z.array(zGroupMeeting).default([]),
    engagementChallenges: zText,
    source: zSource.nullable().default(null),
  })
  .superRefine((g, ctx) => {
    if (g.kind === 'local' && !g.cityId)
      ctx.addIssue({ code: 'custom', path: ['cityId'], message: 'a local group belongs to a city' });
    if (g.kind === 'international' && g.cityId)
      ctx.addIssue({ code: 'custom', path: ['cityId'], message: 'the international group belongs to no city (null)' });
  })
  .transform(({ memberStakeholderIds, ...g }) => {
    const listed = new Set(g.members.map((m) => m.stakeholderId));
    const extra: typeof g.members = memberStakeholderIds
      .filter((id) => !listed.has(id))
      .map((stakeholderId) => ({
        id: undefined,
        stakeholderId,
        organisation: null,
        joined: null,
        left: null,
        note: null,
      }));
    return { ...g, members: withIds([...g.members, ...extra], 'member'), meetings: withIds(g.meetings, 'meeting') };
  });

export type ReferenceGroupRecord = z.infer<typeof zReferenceGroupRecord>;
export type GroupMember = ReferenceGroupRecord['members'][number];
export type GroupMeeting = ReferenceGroupRecord['meetings'][number];
