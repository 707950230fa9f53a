import type { FastifyRequest } from 'fastify';
import { cityIndicatorsSection, type PageContext, type SafeHtml } from '@convivio/web';
import type { Database } from '../db/database.ts';
import { cityIndicators } from './city-indicators.ts';

/**
 * The hook the city page calls: the "Segregation and diversity" section for a city, from the
 * latest run the viewer may see with results for the city's area code (empty when the city
 * has no area code). The city page passes it as one of its extra sections.
 */
export async function cityIndicatorsHtml(
  db: Database,
  request: FastifyRequest,
  page: PageContext,
  cityId: string,
): Promise<SafeHtml> {
  return cityIndicatorsSection(page, await cityIndicators(db, request.user, cityId));
}
