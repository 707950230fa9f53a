import { STAKEHOLDER_AREAS } from '@convivio/shared';
import type { User } from '../accounts/schema.ts';
import { getCity } from '../cities/service.ts';
import { charterReport, getCharter } from '../charter/service.ts';
import type { Queryable } from '../db/database.ts';
import { listStakeholdersOfCities } from '../stakeholders/service.ts';
import { loadNetworkFacts, type NetworkFacts } from './facts.ts';
import { computeGaps, type Gaps } from './gaps.ts';
import { mentorOffers, type MentorOffer } from './mentors.ts';
import { cityNeeds, type NeedItem } from './needs.ts';
import { listCityTags } from './queries.ts';
import { challengesWithCounts } from './service.ts';
import { MIN_FEATURES, rankSimilarCities, type CityProfile, type SimilarCities } from './similarity.ts';

/** What the needs page and API show for one challenge: the ranking, the source's words, the mentors. */
export type NeedEntry = NeedItem & { basis: string | null; mentors: MentorOffer[] };

export type CityNeedsResult = {
  city: { id: string; name: string };
  status: 'ok' | 'not-enough-data';
  items: NeedEntry[];
};

/** Target groups of a city's own published practices: the people it works with. */
const targetGroupsOf = (facts: NetworkFacts, cityId: string) => [
  ...new Set(facts.practices.filter((p) => p.city.id === cityId).flatMap((p) => p.targetGroups)),
];

/** A city's needs (404 for a city the reader may not see); "not enough data" when it names no challenge. */
export async function needsOfCity(db: Queryable, user: User | null, cityId: string): Promise<CityNeedsResult> {
  const row = await getCity(db, user, cityId);
  const facts = await loadNetworkFacts(db);
  const own = await listCityTags(db, row.id);
  const city = {
    id: row.id,
    name: row.name,
    population: row.record.population ?? null,
    migrantShare: row.record.migrantShare ?? null,
    targetGroups: targetGroupsOf(facts, row.id),
  };
  // The city's own tags count even when it is a draft its editors look at.
  const cityChallenges = [
    ...facts.cityTags.filter((t) => t.cityId !== row.id),
    ...own.map((t) => ({ cityId: row.id, cityName: row.name, challengeId: t.challenge_id, priority: t.priority })),
  ];
  const needs = cityNeeds({ city, challenges: facts.challenges, cityChallenges, practices: facts.practices });
  if (needs.status === 'not-enough-data')
    return { city: { id: row.id, name: row.name }, status: needs.status, items: [] };
  const basis = new Map(own.map((t) => [t.challenge_id, t.basis]));
  const items: NeedEntry[] = [];
  for (const item of needs.items)
    items.push({
      ...item,
      basis: basis.get(item.challenge.id) ?? null,
      mentors: await mentorOffers(db, item.challenge.id, row.id),
    });
  return { city: { id: row.id, name: row.name }, status: 'ok', items };
}

/** Every published city's profile for comparison. */
function profiles(facts: NetworkFacts): Map<string, CityProfile> {
  const names = new Map(facts.challenges.map((c) => [c.id, c.name]));
  const out = new Map<string, CityProfile>();
  for (const c of facts.cities.values())
    out.set(c.id, {
      id: c.id,
      name: c.name,
      population: c.population,
      migrantShare: c.migrantShare,
      challenges: facts.cityTags
        .filter((t) => t.cityId === c.id)
        .map((t) => ({ id: t.challengeId, name: names.get(t.challengeId) ?? t.challengeId })),
      themes: [...new Set(facts.practices.filter((p) => p.city.id === c.id).flatMap((p) => p.themes))],
    });
  return out;
}

export type SimilarResult = SimilarCities & { city: { id: string; name: string }; minFeatures: number };

/** The cities most like one city, with reasons (404 for a city the reader may not see). */
export async function similarCities(db: Queryable, user: User | null, cityId: string): Promise<SimilarResult> {
  const row = await getCity(db, user, cityId);
  const facts = await loadNetworkFacts(db);
  const all = profiles(facts);
  const me: CityProfile = all.get(row.id) ?? {
    id: row.id,
    name: row.name,
    population: row.record.population ?? null,
    migrantShare: row.record.migrantShare ?? null,
    challenges: [],
    themes: [],
  };
  const ranked = rankSimilarCities(me, [...all.values()]);
  return { ...ranked, city: { id: row.id, name: row.name }, minFeatures: MIN_FEATURES };
}

export type GapsResult = Omit<Gaps, 'commitments'> & { commitments: Gaps['commitments'] | null; maps: number };

/** The network's gaps over published cities and practices. */
export async function networkGaps(db: Queryable): Promise<GapsResult> {
  const facts = await loadNetworkFacts(db);
  const cityIds = [...facts.cities.keys()];
  const stakeholders = await listStakeholdersOfCities(db, cityIds);
  const areasOf = new Map<string, Set<string>>();
  for (const s of stakeholders) areasOf.set(s.city_id, (areasOf.get(s.city_id) ?? new Set()).add(s.record.area));
  const maps = [...areasOf.entries()].map(([cityId, areas]) => ({
    cityId,
    cityName: facts.cities.get(cityId)?.name ?? cityId,
    areas: [...areas],
  }));
  maps.sort((a, b) => a.cityName.localeCompare(b.cityName));
  const hasCharter = await getCharter(db).then(
    () => true,
    () => false,
  );
  const report = hasCharter ? await charterReport(db) : null;
  const gaps = computeGaps({
    challenges: (await challengesWithCounts(db)).map((c) => ({
      id: c.id,
      name: c.name,
      cities: c.cityCount,
      practices: c.practiceCount,
    })),
    areas: STAKEHOLDER_AREAS,
    maps,
    commitments: report?.byCommitment.map((c) => ({ ...c, id: c.commitmentId })) ?? [],
  });
  return { ...gaps, commitments: report ? gaps.commitments : null, maps: maps.length };
}
