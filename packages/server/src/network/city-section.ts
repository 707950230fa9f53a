import type { FastifyRequest } from 'fastify';
import { cityNetworkSection, type PageContext, type SafeHtml } from '@convivio/web';
import type { Database } from '../db/database.ts';
import { similarCities } from './insights.ts';
import { presentSimilar } from './presenter.ts';
import { cityChallenges, listChallenges } from './service.ts';

/**
 * The hook the city page calls: the "Challenges and learning" section (the challenges the city
 * faces, a link to its needs, and the panel of similar cities).
 */
export async function cityNetworkHtml(
  db: Database,
  request: FastifyRequest,
  page: PageContext,
  cityId: string,
): Promise<SafeHtml> {
  const { city, tags } = await cityChallenges(db, request.user, cityId);
  const names = new Map((await listChallenges(db)).map((c) => [c.id, c.name]));
  const similar = presentSimilar(await similarCities(db, request.user, cityId));
  return cityNetworkSection(page, {
    city: { id: city.id, name: city.name },
    challenges: tags.map((t) => ({
      id: t.challenge_id,
      name: names.get(t.challenge_id) ?? t.challenge_id,
      priority: t.priority,
    })),
    similar: { ...similar, items: similar.items },
  });
}
