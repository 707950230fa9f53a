import crypto from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';

/**
 * The identity of this installation in calendars and schedules: its public address
 * (PUBLIC_BASE_URL, else the address the request reached) and its host name, which
 * every calendar UID and schedule guid includes.
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

/** A stable name-based UUID (version 5 layout, SHA-1) for a name. */
export function nameUuid(name: string): string {
  const b = crypto.createHash('sha1').update(`convivio:${name}`).digest().subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The guid of a session at this installation: the same in schedule.json, schedule.xml and every .ics. */
export const sessionGuid = (host: string, sessionId: string) => nameUuid(`${host}/${sessionId}`);

/** The iCalendar UID of a session (its guid at the host); a later round of a corner adds the round. */
export const sessionUid = (host: string, sessionId: string, round: number | null = null) =>
  `${sessionGuid(host, sessionId)}${round && round > 1 ? `-round-${round}` : ''}@${host}`;
