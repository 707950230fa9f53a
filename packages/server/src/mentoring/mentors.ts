import type { Queryable } from '../db/database.ts';
import { offersOnChallenge } from './queries.ts';
import { cityFacts } from './service.ts';

/**
 * The mentors on a challenge for the network's needs page (registered through
 * `registerMentorOffers` in domain-links.ts): offers of published cities other than the asking
 * city, whose own challenge is this one or whose theme is mapped to it.
 */
export async function mentorsOnChallenge(db: Queryable, challengeId: string, cityId: string) {
  const cities = await cityFacts(db);
  return (await offersOnChallenge(db, challengeId)).flatMap((o) => {
    const city = cities.get(o.city_id);
    if (!city || o.city_id === cityId) return [];
    return [
      {
        id: o.id,
        name: `${city.name} — ${o.programme_name}: ${o.theme_name}`,
        cityId: o.city_id,
        url: `/mentoring/${o.programme_id}#${o.id}`,
      },
    ];
  });
}
