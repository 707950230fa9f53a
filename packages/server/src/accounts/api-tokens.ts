import crypto from 'node:crypto';
import type { Database } from '../db/database.ts';
import { AppError, notFound } from '../errors.ts';
import { assertCan } from './policy.ts';
import type { ApiToken, CreateApiTokenRequest, TokenScope, User } from './schema.ts';
import { onlyRow } from '../db/rows.ts';

/** Every token starts with this, so that it is recognisable in logs, configs and secret scanners. */
export const TOKEN_PREFIX = 'cvv_';
/** Last-used dates are written at most this often per token. */
const LAST_USED_EVERY_MS = 60_000;

interface TokenRow {
  id: string;
  user_id: string;
  name: string;
  scope: TokenScope;
  hint: string;
  created_at: Date | string;
  last_used_at: Date | string | null;
  expires_at: Date | string | null;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const toToken = (r: TokenRow): ApiToken => ({
  id: r.id,
  name: r.name,
  scope: r.scope,
  hint: r.hint,
  createdAt: iso(r.created_at)!,
  lastUsedAt: iso(r.last_used_at),
  expiresAt: iso(r.expires_at),
});
const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/** Creates a token for the user; the secret is in the answer and nowhere else (only its SHA-256 is stored). */
export async function createApiToken(
  db: Database,
  user: User,
  input: CreateApiTokenRequest,
): Promise<ApiToken & { token: string }> {
  if (input.expiresAt && new Date(input.expiresAt).getTime() <= Date.now()) {
    throw new AppError('validation_failed', 'expiresAt: must be in the future', 'expiresAt');
  }
  const secret = TOKEN_PREFIX + crypto.randomBytes(32).toString('base64url');
  const id = `token-${crypto.randomUUID()}`;
  const r = await db.query<TokenRow>(
    `INSERT INTO api_tokens (id, user_id, name, scope, token_hash, hint, expires_at) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING *`,
    [
      id,
      user.id,
      input.name,
      input.scope,
      sha256(secret),
      `${secret.slice(0, TOKEN_PREFIX.length + 4)}…`,
      input.expiresAt ?? null,
    ],
  );
  return { ...toToken(onlyRow(r, 'Creating an API token')), token: secret };
}

/** The tokens of one account, newest first (never their secrets). */
export async function listApiTokens(db: Database, userId: string): Promise<ApiToken[]> {
  const r = await db.query<TokenRow>('SELECT * FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC, id', [
    userId,
  ]);
  return r.rows.map(toToken);
}

/** Revokes a token: its owner may, and administrators may revoke anyone's. */
export async function revokeApiToken(db: Database, user: User, id: string): Promise<void> {
  const r = await db.query<{ user_id: string }>('SELECT user_id FROM api_tokens WHERE id = $1', [id]);
  const row = r.rows[0];
  if (!row) throw notFound('API token', id);
  assertCan(user, 'account.tokens', { own: row.user_id === user.id }, 'revoke the tokens');
  await db.query('DELETE FROM api_tokens WHERE id = $1', [id]);
}

/** The owner and scope behind a bearer token, or null when it is unknown, revoked or expired. Records the use. */
export async function resolveApiToken(
  db: Database,
  secret: string,
): Promise<{ user: User; tokenId: string; scope: TokenScope } | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const r = await db.query<TokenRow & { email: string; user_name: string; role: User['role']; city_id: string | null }>(
    `SELECT t.*, u.email, u.name AS user_name, u.role, u.city_id FROM api_tokens t JOIN users u ON u.id = t.user_id
     WHERE t.token_hash = $1 AND (t.expires_at IS NULL OR t.expires_at > now()) AND u.disabled_at IS NULL AND u.deleted_at IS NULL`,
    [sha256(secret)],
  );
  const row = r.rows[0];
  if (!row) return null;
  if (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() >= LAST_USED_EVERY_MS) {
    await db.query('UPDATE api_tokens SET last_used_at = now() WHERE id = $1', [row.id]);
  }
  return {
    user: { id: row.user_id, email: row.email, name: row.user_name, role: row.role, cityId: row.city_id },
    tokenId: row.id,
    scope: row.scope,
  };
}
