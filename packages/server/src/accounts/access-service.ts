import crypto from 'node:crypto';
import type { AppContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { AppError, parseOrThrow } from '../errors.ts';
import { checkLink, issueLink, LINK_HOURS, useLink } from './account-links.ts';
import { sendAccountMail } from './account-mail.ts';
import {
  zChangeEmailRequest,
  zChangePasswordRequest,
  zEmailRequest,
  zResetPasswordRequest,
  zSignUpRequest,
} from './access-schema.ts';
import { assertStrongPassword } from './password-strength.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import type { User } from './schema.ts';
import { dummyHash } from './service.ts';

/** Where links in e-mails point: the site's public address. */
export interface Site {
  baseUrl: string;
}

interface AccountRow {
  id: string;
  email: string;
  name: string;
  language: string;
  password_hash: string;
  email_verified_at: string | Date | null;
}

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

async function accountByEmail(db: Database, email: string): Promise<AccountRow | null> {
  const r = await db.query<AccountRow>(
    "SELECT id, email, name, COALESCE(language, 'en') AS language, password_hash, email_verified_at FROM users WHERE email = $1",
    [email],
  );
  return r.rows[0] ?? null;
}

async function accountById(db: Database, id: string): Promise<AccountRow> {
  const r = await db.query<AccountRow>(
    "SELECT id, email, name, COALESCE(language, 'en') AS language, password_hash, email_verified_at FROM users WHERE id = $1",
    [id],
  );
  const row = r.rows[0];
  if (!row) throw new AppError('not_found', 'This account no longer exists', 'token');
  return row;
}

const hours = (purpose: keyof typeof LINK_HOURS) => String(LINK_HOURS[purpose]);

/**
 * Signs up a reader who cannot sign in until they confirm their address by the e-mailed link.
 * The answer is the same whatever the address: an unconfirmed account gets a new link (and the
 * name and password just given), a confirmed one is told someone tried to sign up with it.
 */
export async function signUp(ctx: AppContext, site: Site, input: unknown, lang: string): Promise<void> {
  const { email, name, password } = parseOrThrow(zSignUpRequest, input);
  assertStrongPassword(password, [email, name]);
  const passwordHash = await hashPassword(password);
  const existing = await accountByEmail(ctx.db, email);
  if (existing?.email_verified_at) {
    await sendAccountMail(ctx, {
      template: 'alreadyRegistered',
      to: email,
      userId: existing.id,
      lang: existing.language,
      params: {
        name: existing.name,
        signInUrl: `${site.baseUrl}/sign-in`,
        forgotUrl: `${site.baseUrl}/password/forgot`,
      },
    });
    return;
  }
  const token = await ctx.db.transaction(async (tx) => {
    const id = existing?.id ?? `user-${crypto.randomUUID()}`;
    if (existing)
      await tx.query('UPDATE users SET name = $2, password_hash = $3, language = $4 WHERE id = $1', [
        id,
        name,
        passwordHash,
        lang,
      ]);
    else
      await tx.query(
        `INSERT INTO users (id, email, name, role, city_id, password_hash, language) VALUES ($1,$2,$3,'reader',NULL,$4,$5)`,
        [id, email, name, passwordHash, lang],
      );
    return { id, value: await issueLink(tx, 'verify_email', id, email) };
  });
  await sendAccountMail(ctx, {
    template: 'verifyEmail',
    to: email,
    userId: token.id,
    lang,
    params: { name, link: `${site.baseUrl}/verify-email/${token.value}`, hours: hours('verify_email') },
    secret: ['link'],
  });
}

/** Confirms an address by its link (once, before it expires); the account can then sign in. */
export async function verifyEmail(db: Database, token: string): Promise<{ email: string }> {
  return db.transaction(async (tx) => {
    const link = await useLink(tx, 'verify_email', token);
    const r = await tx.query(
      'UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1 AND email = $2',
      [link.userId, link.email],
    );
    if (!r.affectedRows) throw new AppError('not_found', 'This account no longer has this address', 'token');
    return { email: link.email };
  });
}

/** E-mails a password reset link when the address has an account; silently nothing otherwise (same answer). */
export async function requestPasswordReset(ctx: AppContext, site: Site, input: unknown): Promise<void> {
  const { email } = parseOrThrow(zEmailRequest, input);
  const account = await accountByEmail(ctx.db, email);
  if (!account) return;
  const token = await issueLink(ctx.db, 'reset_password', account.id, email);
  await sendAccountMail(ctx, {
    template: 'resetPassword',
    to: email,
    userId: account.id,
    lang: account.language,
    params: {
      name: account.name,
      link: `${site.baseUrl}/password/reset/${token}`,
      hours: hours('reset_password'),
    },
    secret: ['link'],
  });
}

/** Is this reset link still good? (The form is shown only for one that is.) */
export async function checkResetLink(db: Database, token: string): Promise<void> {
  await checkLink(db, 'reset_password', token);
}

/**
 * Sets a new password by a reset link (once, before it expires): every session of the account
 * ends, and the address counts as confirmed (the link reached it). A weak password keeps the link.
 */
export async function resetPassword(ctx: AppContext, site: Site, input: unknown): Promise<void> {
  const { token, password } = parseOrThrow(zResetPasswordRequest, input);
  const found = await checkLink(ctx.db, 'reset_password', token);
  const account = await accountById(ctx.db, found.userId);
  assertStrongPassword(password, [account.email, account.name]);
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    await useLink(tx, 'reset_password', token);
    await tx.query(
      'UPDATE users SET password_hash = $2, email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1',
      [account.id, passwordHash],
    );
    await tx.query('DELETE FROM sessions WHERE user_id = $1', [account.id]);
  });
  await notifyPasswordChanged(ctx, site, account);
}

async function notifyPasswordChanged(ctx: AppContext, site: Site, account: AccountRow): Promise<void> {
  await sendAccountMail(ctx, {
    template: 'passwordChanged',
    to: account.email,
    userId: account.id,
    lang: account.language,
    params: { name: account.name, forgotUrl: `${site.baseUrl}/password/forgot` },
  });
}

async function assertCurrentPassword(account: AccountRow, password: string): Promise<void> {
  if (!(await verifyPassword(account.password_hash || (await dummyHash()), password)))
    throw new AppError('invalid_credentials', 'The current password is not correct', 'currentPassword');
}

/** Changes the signed-in user's password (the current one is needed); their other sessions end. */
export async function changePassword(
  ctx: AppContext,
  site: Site,
  user: User,
  input: unknown,
  currentSession: string | null,
): Promise<void> {
  const { currentPassword, password } = parseOrThrow(zChangePasswordRequest, input);
  const account = await accountById(ctx.db, user.id);
  await assertCurrentPassword(account, currentPassword);
  assertStrongPassword(password, [account.email, account.name]);
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    await tx.query('UPDATE users SET password_hash = $2 WHERE id = $1', [account.id, passwordHash]);
    await tx.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [
      account.id,
      currentSession ? sha256(currentSession) : '',
    ]);
  });
  await notifyPasswordChanged(ctx, site, account);
}

/**
 * Asks to move the signed-in user's account to a new address (the current password is needed):
 * a link goes to the new address and the account changes only when it is opened. An address
 * another account uses gets no link, and the answer is the same.
 */
export async function requestEmailChange(ctx: AppContext, site: Site, user: User, input: unknown): Promise<void> {
  const { email, currentPassword } = parseOrThrow(zChangeEmailRequest, input);
  const account = await accountById(ctx.db, user.id);
  await assertCurrentPassword(account, currentPassword);
  if (email === account.email) throw new AppError('validation_failed', 'This is already your address', 'email');
  if (await accountByEmail(ctx.db, email)) return;
  const token = await issueLink(ctx.db, 'change_email', account.id, email);
  await sendAccountMail(ctx, {
    template: 'confirmNewEmail',
    to: email,
    userId: account.id,
    lang: account.language,
    params: {
      name: account.name,
      link: `${site.baseUrl}/account/email/confirm/${token}`,
      hours: hours('change_email'),
    },
    secret: ['link'],
  });
}

/** Moves the account to the confirmed new address (once, before the link expires); the old address is told. */
export async function confirmEmailChange(ctx: AppContext, site: Site, token: string): Promise<{ email: string }> {
  const { account, email } = await ctx.db.transaction(async (tx) => {
    const link = await useLink(tx, 'change_email', token);
    const r = await tx.query<AccountRow>(
      "SELECT id, email, name, COALESCE(language, 'en') AS language, password_hash, email_verified_at FROM users WHERE id = $1 FOR UPDATE",
      [link.userId],
    );
    const row = r.rows[0];
    if (!row) throw new AppError('not_found', 'This account no longer exists', 'token');
    const taken = await tx.query('SELECT 1 FROM users WHERE email = $1 AND id <> $2', [link.email, row.id]);
    if (taken.rows.length)
      throw new AppError('conflict', 'Another account now uses this address: the change cannot be made', 'email');
    await tx.query('UPDATE users SET email = $2, email_verified_at = now() WHERE id = $1', [row.id, link.email]);
    return { account: row, email: link.email };
  });
  await sendAccountMail(ctx, {
    template: 'emailChanged',
    to: account.email,
    userId: account.id,
    lang: account.language,
    params: { name: account.name, newEmail: email, forgotUrl: `${site.baseUrl}/password/forgot` },
  });
  return { email };
}
