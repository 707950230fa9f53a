import { assertCan } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound } from '../errors.ts';
import { historyFor } from '../revisions/authorship.ts';
import { getRevision, listRevisions, recordRevision, type Revision } from '../revisions/service.ts';

export type RecordStatus = 'draft' | 'published';

/** The columns every versioned record's row has. */
export interface VersionedRow<R> {
  version: number;
  record: R;
}

/**
 * How one kind of versioned record is stored (practices, city profiles, stakeholders,
 * reference groups, policy labs, events): its table and the revisions' name for it.
 */
export interface VersionedKind<R extends { id: string }, Row extends VersionedRow<R>> {
  /** Its table, whose row is locked while it changes (a fixed name, never input). */
  table: string;
  /** Entity name in the revisions table, e.g. `practice`. */
  entity: string;
  /** Name in messages, e.g. `Practice`. */
  label: string;
  find(db: Queryable, id: string): Promise<Row | null>;
  /** Inserts or replaces the record as this version. */
  write(tx: Queryable, record: R, status: RecordStatus, version: number): Promise<unknown>;
  /** The row's status (kinds without drafts are always published). */
  statusOf(row: Row): RecordStatus;
}

/** One change of a record, applied to its locked current row. */
export interface RecordChange<R, Row> {
  /** Its name in the history, e.g. `update`. */
  action: string;
  /** The version the editor started from: another version answers 409. */
  expectedVersion?: number | null;
  /** Who may make it (checked on the locked row, before the version). */
  authorise(current: Row, tx: Queryable): User | Promise<User>;
  /** The new record (validated, references checked) and status, or null when nothing changes. */
  next(current: Row, author: User, tx: Queryable): NextRecord<R> | null | Promise<NextRecord<R> | null>;
}

type NextRecord<R> = { record: R; status?: RecordStatus };

/** Locks a record's row until the transaction ends; its version, or null when there is no such row. */
export async function lockVersion(tx: Queryable, table: string, id: string): Promise<number | null> {
  const r = await tx.query<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
  return r.rows[0]?.version ?? null;
}

/** The 409 for an edit made from an older version, with the current version as data. */
export function versionConflict(label: string, currentVersion: number, expectedVersion: number): AppError {
  return new AppError(
    'conflict',
    `This ${label.toLowerCase()} was changed by someone else (now version ${currentVersion}, you edited version ${expectedVersion}); reload and apply your change again`,
    'version',
    [],
    { currentVersion },
  );
}

/**
 * Applies a change inside the caller's transaction: locks the row (`FOR UPDATE`, so
 * writers of one record queue up), authorises, checks the expected version, writes the
 * next version and records its revision. Of editors who started from the same version,
 * exactly one succeeds; the others get 409 with the version that won.
 */
export async function applyChange<R extends { id: string }, Row extends VersionedRow<R>>(
  tx: Queryable,
  kind: VersionedKind<R, Row>,
  id: string,
  change: RecordChange<R, Row>,
): Promise<void> {
  if ((await lockVersion(tx, kind.table, id)) === null) throw notFound(kind.label, id);
  const current = (await kind.find(tx, id))!;
  const author = await change.authorise(current, tx);
  if (change.expectedVersion != null && change.expectedVersion !== current.version) {
    throw versionConflict(kind.label, current.version, change.expectedVersion);
  }
  const next = await change.next(current, author, tx);
  if (!next) return;
  const status = next.status ?? kind.statusOf(current);
  const version = current.version + 1;
  await kind.write(tx, next.record, status, version);
  await recordRevision(tx, {
    entityType: kind.entity,
    entityId: id,
    version,
    action: change.action,
    status,
    record: next.record,
    author,
  });
}

/** Applies a change in its own transaction and returns the record as it now is. */
export async function changeRecord<R extends { id: string }, Row extends VersionedRow<R>>(
  db: Database,
  kind: VersionedKind<R, Row>,
  id: string,
  change: RecordChange<R, Row>,
): Promise<Row> {
  await db.transaction((tx) => applyChange(tx, kind, id, change));
  return (await kind.find(db, id))!;
}

/**
 * Creates a record as version 1 with a `create` revision; `check` runs first in the same
 * transaction (references). An id that exists, even one created at the same moment, is a 409.
 */
export async function createRecord<R extends { id: string }, Row extends VersionedRow<R>>(
  db: Database,
  kind: VersionedKind<R, Row>,
  record: R,
  opts: { author: User; status?: RecordStatus; check?: (tx: Queryable) => Promise<void> },
): Promise<Row> {
  const taken = () =>
    new AppError(
      'conflict',
      `A ${kind.label.toLowerCase()} with id "${record.id}" already exists: choose another name or id`,
      'id',
    );
  const status = opts.status ?? 'published';
  try {
    await db.transaction(async (tx) => {
      await opts.check?.(tx);
      if (await kind.find(tx, record.id)) throw taken();
      await kind.write(tx, record, status, 1);
      await recordRevision(tx, {
        entityType: kind.entity,
        entityId: record.id,
        version: 1,
        action: 'create',
        status,
        record,
        author: opts.author,
      });
    });
  } catch (err) {
    // Two creations of one id at once: the second meets the first's revision (unique key).
    if ((err as { code?: unknown }).code === '23505') throw taken();
    throw err;
  }
  return (await kind.find(db, record.id))!;
}

/** Deletes a record under its row lock, keeping a `delete` revision of what it was; `check` may refuse (e.g. still referenced). */
export async function deleteRecord<R extends { id: string }, Row extends VersionedRow<R>>(
  db: Database,
  kind: VersionedKind<R, Row>,
  id: string,
  opts: {
    authorise(current: Row): User;
    check?: (current: Row, tx: Queryable) => Promise<void>;
    remove(tx: Queryable, id: string): Promise<void>;
  },
): Promise<void> {
  await db.transaction(async (tx) => {
    if ((await lockVersion(tx, kind.table, id)) === null) throw notFound(kind.label, id);
    const current = (await kind.find(tx, id))!;
    const author = opts.authorise(current);
    await opts.check?.(current, tx);
    await opts.remove(tx, id);
    await recordRevision(tx, {
      entityType: kind.entity,
      entityId: id,
      version: current.version + 1,
      action: 'delete',
      status: 'deleted',
      record: current.record,
      author,
    });
  });
}

/** A kind of record its city's editors (and administrators) edit, with drafts: practices, city profiles. */
export interface CityOwnedKind<
  R extends { id: string },
  Row extends VersionedRow<R> & { status: RecordStatus },
> extends VersionedKind<R, Row> {
  /** The city whose editors may change this record. */
  ownerCity(row: Row): string | null;
}

/**
 * The write operations city-owned records share: replace the content (guarded by the
 * version the editor started from), publish or unpublish, list and restore revisions.
 */
export function versionedOperations<R extends { id: string }, Row extends VersionedRow<R> & { status: RecordStatus }>(
  kind: CityOwnedKind<R, Row>,
) {
  const what = `this ${kind.label.toLowerCase()}`;
  const authorise = (user: User | null) => (current: Row) =>
    assertCan(user, 'city.edit', { cityId: kind.ownerCity(current) }, what);

  async function editable(db: Queryable, user: User | null, id: string, why = what): Promise<Row> {
    const current = await kind.find(db, id);
    if (!current) throw notFound(kind.label, id);
    assertCan(user, 'city.edit', { cityId: kind.ownerCity(current) }, why);
    return current;
  }

  return {
    /** Replaces the content; `check` runs on the locked row before writing (e.g. references). */
    update: (
      db: Database,
      user: User | null,
      id: string,
      record: R,
      expectedVersion: number | null,
      action = 'update',
      check?: (tx: Queryable) => Promise<void>,
    ) =>
      changeRecord(db, kind, id, {
        action,
        expectedVersion,
        authorise: authorise(user),
        next: async (_current, _author, tx) => {
          await check?.(tx);
          return { record };
        },
      }),

    /** Publishes or unpublishes (nothing changes when it already has that status). */
    setStatus: (db: Database, user: User | null, id: string, status: RecordStatus) =>
      changeRecord(db, kind, id, {
        action: status === 'published' ? 'publish' : 'unpublish',
        authorise: authorise(user),
        next: (current) => (current.status === status ? null : { record: current.record, status }),
      }),

    /** Every revision, newest first (for the record's editors and administrators). */
    async history(db: Database, user: User | null, id: string): Promise<Revision[]> {
      await editable(db, user, id, `${what} (its history is visible to its editors)`);
      return historyFor(user, await listRevisions(db, kind.entity, id));
    },

    /** The content of an earlier revision, for restoring it (authorised like an edit). */
    async revisionRecord(
      db: Database,
      user: User | null,
      id: string,
      version: number,
    ): Promise<{ record: unknown; currentVersion: number }> {
      const current = await editable(db, user, id);
      const revision = await getRevision(db, kind.entity, id, version);
      if (!revision) throw new AppError('not_found', `${kind.label} "${id}" has no revision ${version}`, 'version');
      return { record: revision.record, currentVersion: current.version };
    },
  };
}
