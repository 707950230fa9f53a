import type { CityRecord, PracticeRecord } from '@convivio/shared';
import { listCities } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';
import { publishedPracticesOfCities } from '../practices/service.ts';
import { type ChallengeRow, listChallenges, listCityTags, listPracticeTags } from './queries.ts';
import type { CityFacts, PracticeFacts } from './ranking.ts';

/** What the network knows of the published cities and practices, and who faces or addresses what. */
export interface NetworkFacts {
  challenges: ChallengeRow[];
  cities: Map<string, CityFacts & { record: CityRecord }>;
  practices: PracticeFacts[];
  cityTags: { cityId: string; cityName: string; challengeId: string; priority: 'high' | 'medium' | 'low' }[];
}

export const cityFacts = (r: CityRecord): CityFacts => ({
  id: r.id,
  name: r.name,
  population: r.population ?? null,
  migrantShare: r.migrantShare ?? null,
});

function practiceFacts(p: PracticeRecord, city: CityFacts, challengeIds: string[]): PracticeFacts {
  return {
    id: p.id,
    name: p.name,
    city,
    themes: p.themes,
    targetGroups: p.targetGroups,
    challengeIds,
    results: p.quantitativeResults.map((q) => ({ indicator: q.indicator, achieved: q.achieved, target: q.target })),
  };
}

/** Reads the published network through the cities' and practices' services and this domain's tags. */
export async function loadNetworkFacts(db: Queryable): Promise<NetworkFacts> {
  const cityRows = await listCities(db, { includeDrafts: false });
  const cities = new Map(cityRows.map((c) => [c.id, { ...cityFacts(c.record), record: c.record }]));
  const tagsOf = new Map<string, string[]>();
  for (const t of await listPracticeTags(db))
    tagsOf.set(t.practice_id, [...(tagsOf.get(t.practice_id) ?? []), t.challenge_id]);
  const practices = (await publishedPracticesOfCities(db, [...cities.keys()])).flatMap(({ record }) => {
    const city = record.cityId ? cities.get(record.cityId) : undefined;
    return city ? [practiceFacts(record, city, tagsOf.get(record.id) ?? [])] : [];
  });
  const cityTags = (await listCityTags(db)).flatMap((t) => {
    const city = cities.get(t.city_id);
    return city ? [{ cityId: t.city_id, cityName: city.name, challengeId: t.challenge_id, priority: t.priority }] : [];
  });
  return { challenges: await listChallenges(db), cities, practices, cityTags };
}
