import type { Queryable } from '../db/database.ts';
import { validationError, type FieldIssue } from '../errors.ts';

/** The kinds of record other records refer to, by table. */
export type ReferencedKind = 'cities' | 'practices' | 'stakeholders' | 'events';

const NAME: Record<ReferencedKind, string> = {
  cities: 'city',
  practices: 'practice',
  stakeholders: 'stakeholder',
  events: 'event',
};

/**
 * Where a record's references are looked up: the database, and during an import also
 * the records of the file being imported. The API and the importer check a record's
 * references with the same function of its kind, each with its own lookup.
 */
export interface ReferenceLookup {
  /** Which of these ids exist. */
  existing(kind: ReferencedKind, ids: string[]): Promise<Set<string>>;
  /** The city of each of these stakeholders that exists. */
  stakeholderCities(ids: string[]): Promise<Map<string, string>>;
}

/** Records not yet in the database that count as existing (those of the file being imported), by kind and id. */
export type PendingRecords = Partial<Record<ReferencedKind, Map<string, { cityId?: string | null }>>>;

/**
 * How the domain that owns a kind of record answers which ids exist (and, for
 * stakeholders, their cities): records/ never reads another domain's tables, so each
 * owning domain registers its own lookups from its service (cities, practices, stakeholders).
 */
export interface ReferencedRecords {
  existing(db: Queryable, ids: string[]): Promise<Set<string>>;
  /** The city of each of these records that exists (kinds that belong to a city). */
  cities?(db: Queryable, ids: string[]): Promise<Map<string, string>>;
}

const owners = new Map<ReferencedKind, ReferencedRecords>();

/** Registers the owning domain's lookups of a kind of record (its service module does, once). */
export function registerReferencedRecords(kind: ReferencedKind, records: ReferencedRecords): void {
  owners.set(kind, records);
}

function owner(kind: ReferencedKind): ReferencedRecords {
  const records = owners.get(kind);
  if (!records)
    throw new Error(`No domain registered the lookup of ${kind}: import its service before checking references to it`);
  return records;
}

/** Looks references up in the database (seen through `db`, e.g. the current transaction) by their owning domains, then in `pending`. */
export function referenceLookup(db: Queryable, pending?: PendingRecords): ReferenceLookup {
  return {
    async existing(kind, ids) {
      const found = new Set<string>();
      const rest: string[] = [];
      for (const id of new Set(ids)) {
        if (pending?.[kind]?.has(id)) found.add(id);
        else rest.push(id);
      }
      if (rest.length) for (const id of await owner(kind).existing(db, rest)) found.add(id);
      return found;
    },
    async stakeholderCities(ids) {
      const cities = new Map<string, string>();
      const rest: string[] = [];
      for (const id of new Set(ids)) {
        const city = pending?.stakeholders?.get(id)?.cityId;
        if (city) cities.set(id, city);
        else rest.push(id);
      }
      const stakeholders = owner('stakeholders');
      if (rest.length && stakeholders.cities)
        for (const [id, city] of await stakeholders.cities(db, rest)) cities.set(id, city);
      return cities;
    },
  };
}

/** A reference at a field of a record: `[field, id]` (a null id refers to nothing). */
export type Reference = [field: string, id: string | null];

/** An issue for each referenced id that does not exist. */
export async function missingReferences(
  lookup: ReferenceLookup,
  kind: ReferencedKind,
  refs: Reference[],
): Promise<FieldIssue[]> {
  const found = await lookup.existing(
    kind,
    refs.flatMap(([, id]) => (id ? [id] : [])),
  );
  return refs.flatMap(([field, id]) =>
    id && !found.has(id) ? [{ field, message: `${NAME[kind]} "${id}" does not exist` }] : [],
  );
}

/**
 * An issue for each referenced stakeholder that does not exist or, when `cityId` is
 * given, belongs to another city (`why` says why it must be that city's).
 */
export async function stakeholderIssues(
  lookup: ReferenceLookup,
  refs: Reference[],
  cityId: string | null,
  why: string,
): Promise<FieldIssue[]> {
  const cities = await lookup.stakeholderCities(refs.flatMap(([, id]) => (id ? [id] : [])));
  const issues: FieldIssue[] = [];
  for (const [field, id] of refs) {
    if (!id) continue;
    const city = cities.get(id);
    if (!city) issues.push({ field, message: `stakeholder "${id}" does not exist` });
    else if (cityId && city !== cityId)
      issues.push({ field, message: `stakeholder "${id}" belongs to ${city}, not to ${cityId}: ${why}` });
  }
  return issues;
}

/** Refuses a write with a validation error naming every issue, when there is any. */
export function refuseIssues(issues: FieldIssue[]): void {
  if (issues.length) throw validationError(issues);
}
