import crypto from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import { AppError } from '../errors.ts';

/** What a link sent by e-mail does: confirm an address at sign-up, reset a password, confirm a new address. */
export type LinkPurpose = 'verify_email' | 'reset_password' | 'change_email';

/** How long each kind of link works. */
export const LINK_HOURS: Record<LinkPurpose, number> = { verify_email: 48, reset_password: 2, change_email: 48 };

const WHAT: Record<LinkPurpose, string> = {
  verify_email: 'This confirmation link',
  reset_password: 'This password reset link',
  change_email: 'This address confirmation link',
};
const AGAIN: Record<LinkPurpose, string> = {
  verify_email: 'sign up again to get a new one',
  reset_password: 'ask for a new one at /password/forgot',
  change_email: 'ask for the change again',
};

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

interface LinkRow {
  user_id: string;
  email: string;
  expired: boolean;
  used_at: string | Date | null;
}

/** Makes a link's secret for an account (earlier unused links of the same kind stop working); only its hash is stored. */
export async function issueLink(db: Queryable, purpose: LinkPurpose, userId: string, email: string): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await db.query('DELETE FROM account_links WHERE (user_id = $1 AND purpose = $2) OR expires_at <= now()', [
    userId,
    purpose,
  ]);
  await db.query(
    `INSERT INTO account_links (token_hash, purpose, user_id, email, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
    [sha256(token), purpose, userId, email, LINK_HOURS[purpose]],
  );
  return token;
}

/** The account and address behind a link that still works; a clear error when it is unknown, used or expired. */
export async function checkLink(
  db: Queryable,
  purpose: LinkPurpose,
  token: string,
): Promise<{ userId: string; email: string }> {
  const r = TOKEN.test(token)
    ? await db.query<LinkRow>(
        `SELECT user_id, email, expires_at <= now() AS expired, used_at FROM account_links
         WHERE token_hash = $1 AND purpose = $2`,
        [sha256(token), purpose],
      )
    : { rows: [] };
  const row = r.rows[0];
  if (!row)
    throw new AppError(
      'not_found',
      `${WHAT[purpose]} is not valid: it may have been mistyped or replaced by a newer one; ${AGAIN[purpose]}`,
      'token',
    );
  if (row.used_at) throw new AppError('link_used', `${WHAT[purpose]} has already been used`, 'token');
  if (row.expired)
    throw new AppError(
      'link_expired',
      `${WHAT[purpose]} has expired (it worked for ${LINK_HOURS[purpose]} hours); ${AGAIN[purpose]}`,
      'token',
    );
  return { userId: row.user_id, email: row.email };
}

/** Uses a link once: the first caller gets its account and address, any later (or concurrent) one the error. */
export async function useLink(
  db: Queryable,
  purpose: LinkPurpose,
  token: string,
): Promise<{ userId: string; email: string }> {
  const found = await checkLink(db, purpose, token);
  const r = await db.query(
    `UPDATE account_links SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
    [sha256(token)],
  );
  if (!r.affectedRows) throw new AppError('link_used', `${WHAT[purpose]} has already been used`, 'token');
  return found;
}
