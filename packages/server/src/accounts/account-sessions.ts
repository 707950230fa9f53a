import type { Database, Queryable } from '../db/database.ts';
import { notFound } from '../errors.ts';

/** One of an account's sign-in sessions as its owner sees it: never its token or CSRF secret. */
export interface AccountSession {
  id: string;
  createdAt: string;
  lastSeenAt: string | null;
  expiresAt: string;
  device: string | null;
  current: boolean;
}

interface SessionRow {
  id: string;
  created_at: Date | string;
  last_seen_at: Date | string | null;
  expires_at: Date | string;
  user_agent: string | null;
}

const iso = (d: Date | string) => new Date(d).toISOString();

/** Last-seen dates are written at most this often per session. */
const TOUCH_EVERY = "interval '1 minute'";

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrom(e|ium)\//, 'Chrome'],
  [/Safari\//, 'Safari'],
  [/curl\//, 'curl'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iOS/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** "Firefox on Linux": a short summary of a User-Agent header (the header itself is not kept). */
export function deviceSummary(userAgent: string | undefined): string | null {
  if (!userAgent) return null;
  const browser = BROWSERS.find(([re]) => re.test(userAgent))?.[1];
  const system = SYSTEMS.find(([re]) => re.test(userAgent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? 'Other';
}

/** Is the session's last-seen date older than a minute (or unset), so that this use should be noted? */
export const sessionNeedsTouch = (lastSeenAt: Date | null): boolean =>
  lastSeenAt === null || Date.now() - lastSeenAt.getTime() >= 60_000;

/** Notes that a session was used (at most once a minute), and the device it was used from. */
export async function touchSession(db: Queryable, sessionId: string, userAgent: string | undefined): Promise<void> {
  await db.query(
    `UPDATE sessions SET last_seen_at = now(), user_agent = COALESCE($2, user_agent)
     WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < now() - ${TOUCH_EVERY})`,
    [sessionId, deviceSummary(userAgent)],
  );
}

/** The account's open sessions, the most recently used first; `currentId` marks the one asking. */
export async function listAccountSessions(
  db: Queryable,
  userId: string,
  currentId: string | null,
): Promise<AccountSession[]> {
  const r = await db.query<SessionRow>(
    `SELECT id, created_at, last_seen_at, expires_at, user_agent FROM sessions
     WHERE user_id = $1 AND expires_at > now() ORDER BY COALESCE(last_seen_at, created_at) DESC, id`,
    [userId],
  );
  return r.rows.map((row) => ({
    id: row.id,
    createdAt: iso(row.created_at),
    lastSeenAt: row.last_seen_at === null ? null : iso(row.last_seen_at),
    expiresAt: iso(row.expires_at),
    device: row.user_agent,
    current: row.id === currentId,
  }));
}

/** Ends one of the account's own sessions (another account's is "not found", as if it did not exist). */
export async function endAccountSession(db: Database, userId: string, sessionId: string): Promise<void> {
  const r = await db.query('DELETE FROM sessions WHERE id = $1 AND user_id = $2', [sessionId, userId]);
  if (!r.affectedRows) throw notFound('Session', sessionId);
}

/** Ends every session of the account but `keepId` (null: every one); how many ended. */
export async function endOtherSessions(db: Queryable, userId: string, keepId: string | null): Promise<number> {
  const r = await db.query('DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2', [userId, keepId]);
  return r.affectedRows ?? 0;
}
