import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';

/**
 * The identity of this installation in links, calendars, schedules and catalogues: its public
 * address (PUBLIC_BASE_URL, else the address the request reached) and its host name.
 */
export interface SiteIdentity {
  baseUrl: string;
  host: string;
}

/** The site's identity for a request. */
export function siteIdentity(config: Config, req: FastifyRequest): SiteIdentity {
  const baseUrl = config.publicBaseUrl ?? `${req.protocol}://${req.host}`;
  return { baseUrl, host: new URL(baseUrl).hostname };
}
