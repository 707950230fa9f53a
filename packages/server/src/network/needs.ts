import type { Priority } from '@convivio/shared';
import {
  type ChallengeFacts,
  type NeedingCity,
  type PracticeFacts,
  rankPractices,
  type RankedPractice,
} from './ranking.ts';

/*
 * A city's needs: for each challenge it faces (most pressing first), the practices of other
 * cities that answer it and the cities that faced it too. Pure (no I/O).
 */

const PRIORITY_ORDER: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

export interface CityChallengeFacts {
  cityId: string;
  cityName: string;
  challengeId: string;
  priority: Priority;
}

export interface NeedItem {
  challenge: ChallengeFacts;
  priority: Priority;
  practices: RankedPractice[];
  /** Other cities that face it (with their priority) or have a practice addressing it. */
  cities: { id: string; name: string; priority: Priority | null; practices: number }[];
}

export type CityNeeds = { status: 'not-enough-data' } | { status: 'ok'; items: NeedItem[] };

export function cityNeeds(input: {
  city: NeedingCity;
  challenges: ChallengeFacts[];
  cityChallenges: CityChallengeFacts[];
  practices: PracticeFacts[];
  limit?: number;
}): CityNeeds {
  const mine = input.cityChallenges
    .filter((c) => c.cityId === input.city.id)
    .sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]);
  const byId = new Map(input.challenges.map((c) => [c.id, c]));
  const items: NeedItem[] = mine.flatMap((need) => {
    const challenge = byId.get(need.challengeId);
    if (!challenge) return [];
    const cities = new Map<string, NeedItem['cities'][number]>();
    for (const c of input.cityChallenges)
      if (c.challengeId === challenge.id && c.cityId !== input.city.id)
        cities.set(c.cityId, { id: c.cityId, name: c.cityName, priority: c.priority, practices: 0 });
    for (const p of input.practices)
      if (p.challengeIds.includes(challenge.id) && p.city.id !== input.city.id) {
        const entry = cities.get(p.city.id) ?? { id: p.city.id, name: p.city.name, priority: null, practices: 0 };
        entry.practices += 1;
        cities.set(p.city.id, entry);
      }
    return [
      {
        challenge,
        priority: need.priority,
        practices: rankPractices(input.city, challenge, input.practices, input.limit),
        cities: [...cities.values()].sort(
          (a, b) =>
            (a.priority ? PRIORITY_ORDER[a.priority] : 3) - (b.priority ? PRIORITY_ORDER[b.priority] : 3) ||
            b.practices - a.practices ||
            a.name.localeCompare(b.name),
        ),
      },
    ];
  });
  return items.length ? { status: 'ok', items } : { status: 'not-enough-data' };
}
