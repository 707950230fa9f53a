import type { z } from 'zod';
import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import type { FieldIssue } from '../errors.ts';
import type { ReferenceLookup } from '../records/references.ts';
import { lockVersion } from '../records/versioned.ts';
import { recordRevision } from '../revisions/service.ts';

/** What the importer knows of the records in one file (to check references before writing). */
export interface ImportScope {
  db: Queryable;
  /** References looked up in the database and the file: give it to the record kind's reference check, as the API does. */
  lookup: ReferenceLookup;
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
  /**
   * Runs in the import transaction before the first record of any section is written, and after
   * the last: for derived data the section keeps up to date once for the whole import (practices'
   * search words) instead of once per record.
   */
  beforeWrites?(tx: Queryable): Promise<void>;
  afterWrites?(tx: Queryable): Promise<void>;
  /** True when the file holds one object for this key instead of an array (e.g. the charter). */
  singleton?: boolean;
  /** Every record, in file order, with its status. */
  readAll(db: Queryable): Promise<{ record: T; status: string }[]>;
  /**
   * What the data set file (JSON) carries with the records besides their own fields, e.g. their
   * translations; the CSV files and open-data files hold the records' own fields only.
   */
  withExtras?(db: Queryable, rows: { record: T; status: string }[]): Promise<{ record: T; status: string }[]>;
  /** Columns for the CSV export (sections without a `recordSchema`). */
  csvColumns?: string[];
  /** The record's schema: the CSV export has one column per field (nested objects flattened, `csv/record-columns.ts`). */
  recordSchema?: z.ZodType;
  /**
   * Sections that take CSV imports: refuses (401/403 through the policy) a user who may not write
   * this raw row (its id and city as given); `what` names the row for the refusal.
   */
  authoriseImport?(db: Queryable, user: User | null, raw: Record<string, unknown>, what: string): Promise<void>;
}

const sections = new Map<string, DatasetSection>();

/** Registers a section (each domain calls this once at import time). */
export function registerSection<T extends { id: string }>(section: DatasetSection<T>): void {
  sections.set(section.key, section);
}

/** The registered sections in import order. */
export function datasetSections(): DatasetSection[] {
  return [...sections.values()].sort((a, b) => a.order - b.order);
}

/**
 * Writes one imported record as the next version of its id (1 when it is new) and records
 * an `import` revision, inside the import transaction; an existing row is locked first, as
 * for every change of a versioned record.
 */
export async function writeImportedVersion(
  tx: Queryable,
  entry: {
    table: string;
    entityType: string;
    record: { id: string };
    status: 'draft' | 'published';
    upsert: (version: number) => Promise<unknown>;
  },
): Promise<'created' | 'updated'> {
  const version = ((await lockVersion(tx, entry.table, entry.record.id)) ?? 0) + 1;
  await entry.upsert(version);
  await recordRevision(tx, {
    entityType: entry.entityType,
    entityId: entry.record.id,
    version,
    action: 'import',
    status: entry.status,
    record: entry.record,
    author: null,
  });
  return version === 1 ? 'created' : 'updated';
}
