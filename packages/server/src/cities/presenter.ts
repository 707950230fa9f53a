import type { CityRow } from './queries.ts';

/** A city in lists. */
export function presentCitySummary(row: CityRow) {
  return {
    id: row.id, name: row.name, country: row.country, status: row.status, population: row.record.population,
    migrantShare: row.record.migrantShare, profileComplete: row.record.profileComplete, practiceCount: row.practice_count ?? 0,
  };
}

/** A city's full profile with its practices. */
export function presentCity(row: CityRow, practices: { id: string; name: string; kind: string; typology: string | null; status: string; themes: string[] }[]) {
  return { ...row.record, status: row.status, version: row.version, updatedAt: new Date(row.updated_at).toISOString(), practices };
}
