import crypto from 'node:crypto';
import type { Database, Queryable } from '../db/database.ts';
import { isForeignKeyViolation } from '../db/errors.ts';
import { AppError, parseOrThrow } from '../errors.ts';
import { storedLanguage } from './language.ts';
import { assertStrongPassword } from './password-strength.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { purgeSignInAttempts } from './sign-in-limit.ts';
import { zCreateUserRequest, type CreateUserRequest, type User } from './schema.ts';

const SESSION_DAYS = 14;

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: User['role'];
  city_id: string | null;
  password_hash: string;
  email_verified_at: string | Date | null;
  language: string;
}

const toUser = (r: UserRow): User => ({ id: r.id, email: r.email, name: r.name, role: r.role, cityId: r.city_id });
const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/** A signed-in session: the cookie token (never stored in clear) and its CSRF token. */
export interface SessionGrant {
  token: string;
  csrfToken: string;
  user: User;
  expiresAt: Date;
}

/** Creates an account (its address counts as verified: an administrator or the command line made it); an editor must name an existing city. */
export async function createUser(db: Database, input: CreateUserRequest): Promise<User> {
  const { email, name, role, cityId, password } = parseOrThrow(zCreateUserRequest, input);
  if (role === 'editor' && !cityId) throw new AppError('validation_failed', 'A city editor needs a city', 'cityId');
  assertStrongPassword(password, [email, name]);
  return insertUser(db, { email, name, role, cityId, passwordHash: await hashPassword(password) });
}

/**
 * Stores an account whose input is already checked and whose password is already hashed
 * (createUser checks and hashes; the tests sign many accounts in with one hashed password).
 */
export async function insertUser(db: Database, account: Omit<User, 'id'> & { passwordHash: string }): Promise<User> {
  const { email, name, role, passwordHash } = account;
  const cityId = role === 'admin' ? null : account.cityId;
  const existing = await db.query('SELECT 1 FROM users WHERE email = $1', [email]);
  if (existing.rows.length) throw new AppError('conflict', `An account for ${email} already exists`, 'email');
  const id = `user-${crypto.randomUUID()}`;
  // The city must exist: the users table's foreign key checks it (cities are another domain's data).
  await db
    .query(
      'INSERT INTO users (id, email, name, role, city_id, password_hash, email_verified_at) VALUES ($1,$2,$3,$4,$5,$6,now())',
      [id, email, name, role, cityId, passwordHash],
    )
    .catch((err: unknown) => {
      if (isForeignKeyViolation(err))
        throw new AppError('validation_failed', `City "${cityId}" does not exist`, 'cityId');
      throw err;
    });
  return { id, email, name, role, cityId };
}

/** Checks credentials and opens a session; the same error for unknown email and wrong password. */
export async function signIn(db: Database, email: string, password: string): Promise<SessionGrant> {
  const r = await db.query<UserRow & { disabled_at: Date | string | null }>(
    'SELECT * FROM users WHERE email = $1 AND deleted_at IS NULL',
    [email.trim().toLowerCase()],
  );
  const row = r.rows[0];
  // Verify against a dummy hash when the user is unknown so timing does not reveal which emails exist.
  const ok = await verifyPassword(row?.password_hash ?? (await dummyHash()), password);
  if (!row || !ok) throw new AppError('invalid_credentials', 'Email or password is not correct');
  if (row.disabled_at !== null) throw new AppError('forbidden', 'This account has been disabled by an administrator');
  if (!row.email_verified_at)
    throw new AppError(
      'email_unverified',
      'Confirm your e-mail address first: open the link we sent to it (signing up again sends a new link)',
      'email',
    );
  await purgeExpired(db);
  const token = crypto.randomBytes(32).toString('base64url');
  const csrfToken = crypto.randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await db.query('INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1,$2,$3,$4)', [
    sha256(token),
    row.id,
    csrfToken,
    expiresAt.toISOString(),
  ]);
  return { token, csrfToken, user: toUser(row), expiresAt };
}

/** Housekeeping done on each sign-in: expired sessions and ended sign-in counting windows go. */
export async function purgeExpired(db: Database): Promise<void> {
  await db.query('DELETE FROM sessions WHERE expires_at <= now()');
  await purgeSignInAttempts(db);
}

/** Ends a session. */
export async function signOut(db: Database, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [sha256(token)]);
}

/** The user and CSRF token behind a session cookie, or null when absent or expired. */
export async function resolveSession(
  db: Database,
  token: string,
): Promise<{ user: User; csrfToken: string; sessionId: string; lastSeenAt: Date | null } | null> {
  const r = await db.query<UserRow & { csrf_token: string; session_id: string; last_seen_at: Date | string | null }>(
    `SELECT u.*, s.csrf_token, s.id AS session_id, s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL AND u.deleted_at IS NULL`,
    [sha256(token)],
  );
  const row = r.rows[0];
  if (!row) return null;
  const lastSeenAt = row.last_seen_at === null ? null : new Date(row.last_seen_at);
  return { user: toUser(row), csrfToken: row.csrf_token, sessionId: row.session_id, lastSeenAt };
}

/** Lists accounts (administrators only, enforced by the route). */
export async function listUsers(db: Database): Promise<User[]> {
  const r = await db.query<UserRow>('SELECT * FROM users WHERE deleted_at IS NULL ORDER BY email');
  return r.rows.map(toUser);
}

let dummy: Promise<string> | null = null;
/** A real argon2id hash of a random secret, made once, to verify against for unknown emails. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(crypto.randomBytes(16).toString('hex'));
  return dummy;
}

/** Which of these ids are existing accounts. */
export async function existingUserIds(db: Queryable, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const r = await db.query<{ id: string }>('SELECT id FROM users WHERE id = ANY($1::text[])', [ids]);
  return new Set(r.rows.map((x) => x.id));
}

/** The read view other domains may join for an account's name and email (migrations/022_user_directory.sql). */
export const USER_DIRECTORY = 'user_directory';

/** The language an account's e-mails are written in: its stored choice, else English (also for no account). */
export async function userLanguage(db: Queryable, id: string | null): Promise<string> {
  return (id ? await storedLanguage(db, id) : null) ?? 'en';
}
