import { listCities, type CityRow } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';
import { runPracticeSearch } from '../practices/search-service.ts';
import type { NetworkMap, NetworkQuery } from './map-schema.ts';

const FILTERS = ['theme', 'typology', 'targetGroup'] as const;

/**
 * The learning network: every published city with its number of published practices that pass
 * the filters (counted by the practice library's own facets, so the map and the search agree).
 * With a filter, only the cities with a matching practice; without one, every city.
 */
export async function networkMap(db: Queryable, query: NetworkQuery): Promise<NetworkMap> {
  const filters = Object.fromEntries(FILTERS.map((f) => [f, query[f] || null])) as NetworkMap['filters'];
  const search = await runPracticeSearch(db, null, {
    page: 1,
    pageSize: 0,
    ...Object.fromEntries(FILTERS.flatMap((f) => (filters[f] ? [[f, filters[f]]] : []))),
  });
  const counts = new Map((search.facets.city ?? []).map((c) => [c.value, c.count]));
  const filtered = FILTERS.some((f) => filters[f]);
  const shown = (await listCities(db, { includeDrafts: false }))
    .map((row) => present(row, counts.get(row.id) ?? 0))
    .filter((c) => !filtered || c.practiceCount > 0)
    .sort((a, b) => b.practiceCount - a.practiceCount || a.name.localeCompare(b.name, 'en'));
  const located = (c: NetworkMap['cities'][number]) => c.latitude !== null && c.longitude !== null;
  return {
    filters,
    practiceCount: shown.reduce((sum, c) => sum + c.practiceCount, 0),
    cities: shown.filter(located),
    unlocated: shown.filter((c) => !located(c)),
    options: {
      theme: search.facets.theme ?? [],
      typology: search.facets.typology ?? [],
      targetGroup: search.facets.targetGroup ?? [],
    },
  };
}

function present(row: CityRow, practiceCount: number): NetworkMap['cities'][number] {
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    latitude: row.record.latitude ?? null,
    longitude: row.record.longitude ?? null,
    practiceCount,
  };
}
