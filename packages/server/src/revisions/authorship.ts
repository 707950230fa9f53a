import { can } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';

/** The changes a person made to records (what, which version, when): their part of a personal-data export. */
export async function revisionsByAuthor(db: Queryable, userId: string) {
  const r = await db.query<{
    entity_type: string;
    entity_id: string;
    version: number;
    action: string;
    created_at: Date | string;
  }>(
    `SELECT entity_type, entity_id, version, action, created_at FROM revisions WHERE author_id = $1
     ORDER BY created_at, id`,
    [userId],
  );
  return r.rows.map((row) => ({
    entityType: row.entity_type,
    entityId: row.entity_id,
    version: row.version,
    action: row.action,
    createdAt: new Date(row.created_at).toISOString(),
  }));
}

/** A deleted account's revisions stay, attributed to `label` (the stored name and e-mail go). */
export async function anonymiseAuthor(tx: Queryable, userId: string, label: string): Promise<void> {
  await tx.query('UPDATE revisions SET author_name = $2 WHERE author_id = $1', [userId, label]);
}

/**
 * A history as `viewer` may see it: an author's e-mail address (stored as "Name <e-mail>")
 * only for administrators and the author themselves; everyone else sees the name alone.
 */
export function historyFor<R extends { authorId: string | null; authorName: string | null }>(
  viewer: User | null,
  revisions: R[],
): R[] {
  return revisions.map((r) =>
    r.authorName && !can(viewer, 'account.seeEmail', { own: viewer !== null && r.authorId === viewer.id })
      ? { ...r, authorName: r.authorName.replace(/\s*<[^>]*>\s*$/, '') }
      : r,
  );
}
