import type { FastifyRequest } from 'fastify';
import type { PageContext, SafeHtml } from '@convivio/web';
import type { Database, Queryable } from '../db/database.ts';

/** A practice as a city profile lists it. */
export interface CityPractice {
  id: string;
  name: string;
  kind: string;
  typology: string | null;
  status: string;
  themes: string[];
}

/**
 * What the city pages and the city API show of the practice library. Practices sit above
 * cities (a practice names its city), so the top level passes these in (src/routes.ts,
 * src/web-routes.ts) instead of cities importing practices.
 */
export interface CityPracticeLinks {
  /** A city's practices (drafts too when `includeDrafts`), by name. */
  practicesOf(db: Queryable, cityId: string, includeDrafts: boolean): Promise<CityPractice[]>;
  /** How many published practices each city has (cities without any are absent). */
  publishedCounts(db: Queryable): Promise<Map<string, number>>;
}

/**
 * A section another domain adds to a city's profile page (the evidence indicators), rendered
 * for the viewer; empty when it has nothing to show.
 */
export type CityProfileSection = (
  db: Database,
  request: FastifyRequest,
  page: PageContext,
  cityId: string,
) => Promise<SafeHtml>;

/** What the city pages show of the domains above cities. */
export interface CityPageLinks {
  practices: CityPracticeLinks;
  sections: CityProfileSection[];
}
