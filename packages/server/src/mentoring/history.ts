import { assertCan, can } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { historyFor } from '../revisions/authorship.ts';
import { listRevisionsByRecordField, recordRevision, type Revision } from '../revisions/service.ts';

/** The kinds of mentoring records kept in the revision history. */
export const MENTORING_ENTITIES = [
  'mentoring-offer',
  'mentoring-request',
  'mentoring-study-visit',
  'mentoring-action-plan',
  'mentoring-self-check',
] as const;
export type MentoringEntity = (typeof MENTORING_ENTITIES)[number];

/**
 * Records a mentoring change in the revision history, inside the caller's transaction: the next
 * version of the entity, with the record after the change. Contact persons (personal data) are
 * left out of the record; only whether one is set is kept.
 */
export async function recordMentoringRevision(
  tx: Queryable,
  user: User | null,
  entityType: MentoringEntity,
  entityId: string,
  action: 'create' | 'update' | 'delete',
  record: Record<string, unknown>,
): Promise<void> {
  const r = await tx.query<{ v: number }>(
    'SELECT coalesce(max(version), 0)::int AS v FROM revisions WHERE entity_type = $1 AND entity_id = $2',
    [entityType, entityId],
  );
  const { contact, ...rest } = record;
  await recordRevision(tx, {
    entityType,
    entityId,
    version: Number(r.rows[0]?.v ?? 0) + 1,
    action,
    status: 'published',
    record: 'contact' in record ? { ...rest, contactSet: contact !== null } : rest,
    author: user,
  });
}

/** One recorded mentoring change of a programme. */
export type MentoringChange = Revision & { entityType: MentoringEntity; entityId: string };

/** The city a change concerns: the offer's, request's, plan's or self-check's city, or the visit's host. */
export const changeCity = (c: MentoringChange): string | null =>
  typeof c.record.cityId === 'string'
    ? c.record.cityId
    : typeof c.record.hostCityId === 'string'
      ? c.record.hostCityId
      : null;

/**
 * The mentoring changes of a programme, newest first: all of them for its coordinators
 * (administrators), those of their own city for a city's editors; refused to others.
 * Authors' e-mail addresses are kept only where the viewer may see them.
 */
export async function programmeHistory(db: Queryable, user: User, programmeId: string): Promise<MentoringChange[]> {
  const all = can(user, 'mentoring.manage', null);
  if (!all)
    assertCan(
      user,
      'city.seeDrafts',
      { cityId: user.cityId },
      "this programme's records (their history is visible to the cities' editors and administrators)",
    );
  const changes = (await listRevisionsByRecordField(db, MENTORING_ENTITIES, 'programmeId', programmeId)).map(
    (x): MentoringChange => ({ ...x, entityType: x.entityType as MentoringEntity }),
  );
  return historyFor(user, all ? changes : changes.filter((c) => changeCity(c) === user.cityId));
}
