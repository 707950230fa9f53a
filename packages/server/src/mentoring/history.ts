import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { recordRevision } from '../revisions/service.ts';

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
