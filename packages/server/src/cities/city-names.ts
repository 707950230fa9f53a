import type { Queryable } from '../db/database.ts';
import { listCities } from './queries.ts';

/** Every city's name by id (drafts included: names are not secret, and facets and links need them). */
export async function cityNames(db: Queryable): Promise<Record<string, string>> {
  const rows = await listCities(db, { includeDrafts: true });
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

/** Every city as id and name, in alphabetical order (for pickers in forms). */
export async function citiesByName(db: Queryable): Promise<{ id: string; name: string }[]> {
  const rows = await listCities(db, { includeDrafts: true });
  return rows.map((r) => ({ id: r.id, name: r.name })).sort((a, b) => a.name.localeCompare(b.name));
}
