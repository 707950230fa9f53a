import { assertCan } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound } from '../errors.ts';
import { getRevision, listRevisions, recordRevision, type Revision } from '../revisions/service.ts';

type Status = 'draft' | 'published';

/** How one kind of city-owned, versioned record is stored (practices, city profiles). */
export interface VersionedStore<R extends { id: string }, Row extends { status: Status; version: number; record: R }> {
  /** Entity name in the revisions table, e.g. `practice`. */
  entity: string;
  /** Name in messages, e.g. `Practice`. */
  label: string;
  find(db: Queryable, id: string): Promise<Row | null>;
  /** Writes the record at this version; resolves with the row as now stored. */
  upsert(tx: Queryable, record: R, status: Status, version: number): Promise<Row>;
  /** The city whose editors may change this record. */
  ownerCity(row: Row): string | null;
}

/**
 * The write operations every versioned record shares: replace its content (guarded by
 * the version the editor started from), publish or unpublish, list and restore revisions.
 * Each change is authorised, runs in one transaction and records a revision.
 */
export function versionedOperations<R extends { id: string }, Row extends { status: Status; version: number; record: R }>(store: VersionedStore<R, Row>) {
  const what = `this ${store.label.toLowerCase()}`;

  async function change(db: Database, user: User | null, id: string, action: string,
    next: (current: Row, author: User) => { record: R; status: Status } | null, expectedVersion: number | null = null): Promise<Row> {
    return db.transaction(async (tx) => {
      const current = await store.find(tx, id);
      if (!current) throw notFound(store.label, id);
      const author = assertCan(user, 'city.edit', { cityId: store.ownerCity(current) }, what);
      if (expectedVersion !== null && expectedVersion !== current.version) {
        throw new AppError('conflict', `This ${store.label.toLowerCase()} was changed by someone else (now version ${current.version}, you edited version ${expectedVersion}); reload and apply your change again`, 'version');
      }
      const result = next(current, author);
      if (!result) return current;
      const row = await store.upsert(tx, result.record, result.status, current.version + 1);
      await recordRevision(tx, { entityType: store.entity, entityId: id, version: current.version + 1, action, status: result.status, record: result.record, author });
      return row;
    });
  }

  return {
    /** Replaces the content; `check` runs inside the transaction before writing (e.g. reference checks). */
    update: (db: Database, user: User | null, id: string, record: R, expectedVersion: number | null, action = 'update') =>
      change(db, user, id, action, (current) => ({ record, status: current.status }), expectedVersion),

    /** Publishes or unpublishes (nothing changes when it already has that status). */
    setStatus: (db: Database, user: User | null, id: string, status: Status) =>
      change(db, user, id, status === 'published' ? 'publish' : 'unpublish', (current) => (current.status === status ? null : { record: current.record, status })),

    /** Every revision, newest first (for the record's editors and administrators). */
    async history(db: Database, user: User | null, id: string): Promise<Revision[]> {
      const current = await store.find(db, id);
      if (!current) throw notFound(store.label, id);
      assertCan(user, 'city.edit', { cityId: store.ownerCity(current) }, `${what} (its history is visible to its editors)`);
      return listRevisions(db, store.entity, id);
    },

    /** The content of an earlier revision, for restoring it (authorised like an edit). */
    async revisionRecord(db: Database, user: User | null, id: string, version: number): Promise<{ record: unknown; currentVersion: number }> {
      const current = await store.find(db, id);
      if (!current) throw notFound(store.label, id);
      assertCan(user, 'city.edit', { cityId: store.ownerCity(current) }, what);
      const revision = await getRevision(db, store.entity, id, version);
      if (!revision) throw new AppError('not_found', `${store.label} "${id}" has no revision ${version}`, 'version');
      return { record: revision.record, currentVersion: current.version };
    },
  };
}
