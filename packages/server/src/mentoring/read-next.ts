import type { MentoringTheme } from '@convivio/shared';
import type { Queryable } from '../db/database.ts';
import { loadNetworkFacts } from '../network/facts.ts';
import type { CityFacts, Programme } from './service.ts';

/** How many practices a toolkit page suggests reading. */
export const READ_NEXT_PRACTICES = 10;

export interface ReadNext {
  /** Published practices addressing one of the theme's challenges. */
  practices: { id: string; name: string; cityName: string }[];
  /** The cities offering to mentor on the theme (published cities only), with their offer. */
  mentors: { offerId: string; cityName: string }[];
}

/** What a city reads after its self-check on a theme: practices on the theme's challenges, and its mentors. */
export async function readNext(
  db: Queryable,
  programme: Programme,
  theme: MentoringTheme,
  cities: Map<string, CityFacts>,
): Promise<ReadNext> {
  const challenges = new Set(theme.challengeIds);
  const practices = challenges.size
    ? (await loadNetworkFacts(db)).practices
        .filter((p) => p.challengeIds.some((c) => challenges.has(c)))
        .sort((a, b) => a.name.localeCompare(b.name))
        .slice(0, READ_NEXT_PRACTICES)
        .map((p) => ({ id: p.id, name: p.name, cityName: p.city.name }))
    : [];
  const mentors = programme.offers.flatMap((o) => {
    const city = o.themeId === theme.id ? cities.get(o.cityId) : undefined;
    return city ? [{ offerId: o.id, cityName: city.name }] : [];
  });
  return { practices, mentors };
}
