import crypto from 'node:crypto';

/** Every calendar UID and schedule guid includes the site's host (http/site-identity.ts). */
export { siteIdentity, type SiteIdentity } from '../http/site-identity.ts';

/** A stable name-based UUID (version 5 layout, SHA-1) for a name. */
export function nameUuid(name: string): string {
  const b = crypto.createHash('sha1').update(`convivio:${name}`).digest().subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The guid of a session at this installation: the same in schedule.json, schedule.xml and every .ics. */
export const sessionGuid = (host: string, sessionId: string) => nameUuid(`${host}/${sessionId}`);

/** The iCalendar UID of a session (its guid at the host); a later round of a corner adds the round. */
export const sessionUid = (host: string, sessionId: string, round: number | null = null) =>
  `${sessionGuid(host, sessionId)}${round && round > 1 ? `-round-${round}` : ''}@${host}`;
