import type { Queryable } from '../db/database.ts';
import type { FieldIssue } from '../errors.ts';
import { recordRevision } from '../revisions/service.ts';

/** What the importer knows of the records in one file (to check references before writing). */
export interface ImportScope {
  ids: Record<string, Set<string>>;
  db: Queryable;
}

/**
 * One kind of record in the data set file: how to validate it, write it and read it back.
 * Domains contribute sections; the importer runs them in `order`.
 */
export interface DatasetSection<T extends { id: string } = { id: string }> {
  key: string;
  order: number;
  /** Validates one raw record; throws an AppError with field issues when invalid. */
  parse(raw: unknown): T;
  /** Reference checks against the file and the database; returns the problems. */
  check?(record: T, scope: ImportScope): Promise<FieldIssue[]>;
  /** Writes one record (insert or update by id) inside the import transaction; says which it did. */
  write(tx: Queryable, record: T, status: 'draft' | 'published'): Promise<'created' | 'updated'>;
  /** True when the file holds one object for this key instead of an array (e.g. the charter). */
  singleton?: boolean;
  /** Every record, in file order, with its status. */
  readAll(db: Queryable): Promise<{ record: T; status: string }[]>;
  /** Columns for the CSV export. */
  csvColumns?: string[];
}

const sections = new Map<string, DatasetSection>();

/** Registers a section (each domain calls this once at import time). */
export function registerSection<T extends { id: string }>(section: DatasetSection<T>): void {
  sections.set(section.key, section as unknown as DatasetSection);
}

/** The registered sections in import order. */
export function datasetSections(): DatasetSection[] {
  return [...sections.values()].sort((a, b) => a.order - b.order);
}

/** Which of these ids exist in the database: the domain that owns the records answers (from its service). */
export type ExistingIds = (db: Queryable, ids: string[]) => Promise<Set<string>>;

/** Issues for each referenced id that is neither in the file's `key` section nor, by `existing`, in the database. */
export async function missingRefs(scope: ImportScope, refs: [field: string, id: string | null][], key: string, existing: ExistingIds, what: string): Promise<FieldIssue[]> {
  const outside = (id: string | null): id is string => id !== null && !scope.ids[key]?.has(id);
  const asked = [...new Set(refs.map(([, id]) => id).filter(outside))];
  const found = asked.length ? await existing(scope.db, asked) : new Set<string>();
  return refs.flatMap(([field, id]) => (outside(id) && !found.has(id) ? [{ field, message: `${what} "${id}" is neither in the file nor in the database` }] : []));
}

/**
 * Writes one imported record as the next version of its id (`currentVersion` null when it
 * is new) and records an `import` revision, inside the import transaction.
 */
export async function writeImportedVersion(tx: Queryable, entry: {
  entityType: string; record: { id: string }; status: 'draft' | 'published'; currentVersion: number | null;
  upsert: (version: number) => Promise<unknown>;
}): Promise<'created' | 'updated'> {
  const version = (entry.currentVersion ?? 0) + 1;
  await entry.upsert(version);
  await recordRevision(tx, { entityType: entry.entityType, entityId: entry.record.id, version, action: 'import', status: entry.status, record: entry.record, author: null });
  return version === 1 ? 'created' : 'updated';
}

