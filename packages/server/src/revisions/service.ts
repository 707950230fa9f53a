import type { Queryable } from '../db/database.ts';
import { batches, multiRowValues } from '../db/multi-row.ts';
import type { User } from '../accounts/schema.ts';

export interface Revision {
  version: number;
  action: string;
  status: string;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
  record: Record<string, unknown>;
}

/** Records one revision (the full record after the change) of an entity, inside the caller's transaction. */
export async function recordRevision(
  tx: Queryable,
  entry: {
    entityType: string;
    entityId: string;
    version: number;
    action: string;
    status: string;
    record: unknown;
    author: User | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO revisions (entity_type, entity_id, version, action, status, record, author_id, author_name)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
    [
      entry.entityType,
      entry.entityId,
      entry.version,
      entry.action,
      entry.status,
      JSON.stringify(entry.record),
      entry.author?.id ?? null,
      entry.author ? `${entry.author.name} <${entry.author.email}>` : 'import',
    ],
  );
}

/** Records many revisions (as recordRevision does) with multi-row INSERTs, inside the caller's transaction. */
export async function recordRevisions(tx: Queryable, entries: Parameters<typeof recordRevision>[1][]): Promise<void> {
  for (const batch of batches(entries)) {
    const { values, params } = multiRowValues(
      batch.map((e) => [
        e.entityType,
        e.entityId,
        e.version,
        e.action,
        e.status,
        JSON.stringify(e.record),
        e.author?.id ?? null,
        e.author ? `${e.author.name} <${e.author.email}>` : 'import',
      ]),
    );
    await tx.query(
      `INSERT INTO revisions (entity_type, entity_id, version, action, status, record, author_id, author_name) VALUES ${values}`,
      params,
    );
  }
}

interface RevisionRow {
  version: number;
  action: string;
  status: string;
  author_id: string | null;
  author_name: string | null;
  created_at: Date | string;
  record: Record<string, unknown>;
}

const toRevision = (r: RevisionRow): Revision => ({
  version: r.version,
  action: r.action,
  status: r.status,
  authorId: r.author_id,
  authorName: r.author_name,
  createdAt: new Date(r.created_at).toISOString(),
  record: r.record,
});

/** Every revision of an entity, newest first. */
export async function listRevisions(db: Queryable, entityType: string, entityId: string): Promise<Revision[]> {
  const r = await db.query<RevisionRow>(
    'SELECT * FROM revisions WHERE entity_type = $1 AND entity_id = $2 ORDER BY version DESC',
    [entityType, entityId],
  );
  return r.rows.map(toRevision);
}

/** One revision of an entity, or null. */
export async function getRevision(
  db: Queryable,
  entityType: string,
  entityId: string,
  version: number,
): Promise<Revision | null> {
  const r = await db.query<RevisionRow>(
    'SELECT * FROM revisions WHERE entity_type = $1 AND entity_id = $2 AND version = $3',
    [entityType, entityId, version],
  );
  return r.rows[0] ? toRevision(r.rows[0]) : null;
}

/** When the first and the latest revision of any entity of a type were recorded (null when none was). */
export async function revisionSpan(
  db: Queryable,
  entityType: string,
): Promise<{ first: string | null; last: string | null }> {
  const r = await db.query<{ first: Date | string | null; last: Date | string | null }>(
    'SELECT min(created_at) AS first, max(created_at) AS last FROM revisions WHERE entity_type = $1',
    [entityType],
  );
  const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());
  return { first: iso(r.rows[0]?.first ?? null), last: iso(r.rows[0]?.last ?? null) };
}

/** The revisions of entities of these types whose record has `field` = `value` (e.g. a programme's), newest first. */
export async function listRevisionsByRecordField(
  db: Queryable,
  entityTypes: readonly string[],
  field: string,
  value: string,
): Promise<(Revision & { entityType: string; entityId: string })[]> {
  const r = await db.query<RevisionRow & { entity_type: string; entity_id: string }>(
    `SELECT * FROM revisions WHERE entity_type = ANY($1::text[]) AND record->>$2 = $3 ORDER BY created_at DESC, id DESC`,
    [[...entityTypes], field, value],
  );
  return r.rows.map((x) => ({ ...toRevision(x), entityType: x.entity_type, entityId: x.entity_id }));
}
