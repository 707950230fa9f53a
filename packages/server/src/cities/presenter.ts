import type { CityPractice } from './links.ts';
import type { CityRow } from './queries.ts';

/** A city in lists, with its number of published practices. */
export function presentCitySummary(row: CityRow, practiceCount: number) {
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    status: row.status,
    population: row.record.population,
    migrantShare: row.record.migrantShare,
    latitude: row.record.latitude ?? null,
    longitude: row.record.longitude ?? null,
    profileComplete: row.record.profileComplete,
    practiceCount,
  };
}

/** A city's full profile with its practices. */
export function presentCity(row: CityRow, practices: CityPractice[]) {
  return {
    ...row.record,
    status: row.status,
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
    practices,
  };
}
