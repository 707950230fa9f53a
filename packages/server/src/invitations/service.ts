import crypto from 'node:crypto';
import { sendAccountMail } from '../accounts/account-mail.ts';
import { accountOfEmail, acceptEditorRole } from '../accounts/editor-role.ts';
import { assertStrongPassword } from '../accounts/password-strength.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { userLanguage } from '../accounts/service.ts';
import { assertCan, can } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import { cityNames, existingCityIds } from '../cities/service.ts';
import type { AppContext } from '../context.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow } from '../errors.ts';
import {
  findInvitation,
  insertInvitation,
  invitationByHash,
  listInvitations,
  markAccepted,
  markRevoked,
  type InvitationRow,
} from './queries.ts';
import { zAcceptInvitation, zCreateInvitation, type Invitation } from './schema.ts';

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const iso = (d: string | Date) => new Date(d).toISOString();

function stateOf(r: InvitationRow): Invitation['state'] {
  if (r.accepted_at) return 'accepted';
  if (r.revoked_at) return 'revoked';
  return r.expired ? 'expired' : 'pending';
}

function present(r: InvitationRow, names: Record<string, string>): Invitation {
  return {
    id: r.id,
    email: r.email,
    cityId: r.city_id,
    cityName: names[r.city_id] ?? r.city_id,
    role: r.role,
    invitedBy: r.inviter_name,
    state: stateOf(r),
    createdAt: iso(r.created_at),
    expiresAt: iso(r.expires_at),
    acceptedAt: r.accepted_at ? iso(r.accepted_at) : null,
  };
}

/**
 * Invites someone by e-mail to edit a city (administrators, and that city's editors); the link
 * works once for INVITATION_DAYS days. The e-mail is in the language chosen, else the invitee's account's, else the inviter's.
 */
export async function createInvitation(
  ctx: AppContext,
  site: { baseUrl: string },
  user: User | null,
  input: unknown,
): Promise<Invitation> {
  const { email, cityId, language } = parseOrThrow(zCreateInvitation, input);
  const inviter = assertCan(user, 'invitation.manage', { cityId }, 'invite editors to this city');
  if (!(await existingCityIds(ctx.db, [cityId])).has(cityId))
    throw new AppError('validation_failed', `City "${cityId}" does not exist`, 'cityId');
  const token = crypto.randomBytes(32).toString('base64url');
  const id = `invitation-${crypto.randomUUID()}`;
  await insertInvitation(ctx.db, {
    id,
    tokenHash: sha256(token),
    email,
    cityId,
    invitedBy: inviter.id,
    days: INVITATION_DAYS,
  });
  const row = (await findInvitation(ctx.db, id))!;
  const names = await cityNames(ctx.db);
  const account = await accountOfEmail(ctx.db, email);
  // Without a language chosen, someone without an account is written to in the inviter's language;
  // the link opens the invitation in it, and accepting there keeps it as the new account's language.
  const lang = language ?? account?.language ?? (await userLanguage(ctx.db, inviter.id));
  await sendAccountMail(ctx, {
    template: 'invitation',
    to: email,
    userId: account?.id ?? null,
    lang,
    params: {
      name: email,
      inviter: inviter.name,
      city: names[cityId] ?? cityId,
      link: `${site.baseUrl}/invitations/${token}?lang=${encodeURIComponent(lang)}`,
      expires: iso(row.expires_at).slice(0, 16).replace('T', ' ') + ' UTC',
    },
    secret: ['link'],
  });
  return present(row, names);
}

/** The invitations a user may see: every city's for administrators, their own city's for its editors. */
export async function visibleInvitations(db: Queryable, user: User | null, cityId?: string): Promise<Invitation[]> {
  const city = cityId ?? (can(user, 'invitations.seeAll', null) ? null : (user?.cityId ?? ''));
  if (city === null) assertCan(user, 'invitations.seeAll', null, "see every city's invitations");
  else assertCan(user, 'invitation.manage', { cityId: city }, "see this city's invitations");
  const names = await cityNames(db);
  return (await listInvitations(db, city)).map((r) => present(r, names));
}

/** Withdraws a pending invitation (who may invite to its city); its link stops working. */
export async function revokeInvitation(db: Database, user: User | null, id: string): Promise<void> {
  const row = await findInvitation(db, id);
  if (!row || !can(user, 'invitation.manage', { cityId: row.city_id })) {
    if (row) assertCan(user, 'invitation.manage', { cityId: row.city_id }, 'withdraw this invitation');
    throw notFound('Invitation', id);
  }
  if (row.accepted_at)
    throw new AppError('conflict', 'This invitation has already been accepted: change the account instead', 'id');
  await markRevoked(db, id);
}

/** The invitation a link names, while it can still be accepted; a clear error otherwise. */
function assertUsable(row: InvitationRow | null): InvitationRow {
  if (!row)
    throw new AppError(
      'not_found',
      'This invitation link is not valid: copy the whole address from the e-mail',
      'token',
    );
  if (row.accepted_at) throw new AppError('link_used', 'This invitation has already been accepted', 'token');
  if (row.revoked_at) throw new AppError('link_expired', 'This invitation has been withdrawn', 'token');
  if (row.expired)
    throw new AppError(
      'link_expired',
      `This invitation has expired (it worked for ${INVITATION_DAYS} days): ask for a new one`,
      'token',
    );
  return row;
}

/** What the acceptance page shows: the invited address, the city, and whether it needs a new account. */
export async function invitationOfToken(
  db: Queryable,
  token: string,
): Promise<{ email: string; cityId: string; cityName: string; newAccount: boolean }> {
  const row = assertUsable(TOKEN.test(token) ? await invitationByHash(db, sha256(token)) : null);
  const account = await accountOfEmail(db, row.email);
  const names = await cityNames(db);
  return {
    email: row.email,
    cityId: row.city_id,
    cityName: names[row.city_id] ?? row.city_id,
    newAccount: !account?.verified,
  };
}

/**
 * Accepts an invitation (once, before it expires): makes the account with the name and password
 * given, or makes the address's existing account an editor of the city.
 */
export async function acceptInvitation(
  db: Database,
  input: unknown,
  lang: string,
): Promise<{ email: string; cityId: string; created: boolean }> {
  const { token, name, password } = parseOrThrow(zAcceptInvitation, input);
  const preview = assertUsable(TOKEN.test(token) ? await invitationByHash(db, sha256(token)) : null);
  const account = await accountOfEmail(db, preview.email);
  let passwordHash: string | null = null;
  if (!account?.verified) {
    if (!name) throw new AppError('validation_failed', 'Your name is required for your new account', 'name');
    if (!password) throw new AppError('validation_failed', 'Choose a password for your new account', 'password');
    assertStrongPassword(password, [preview.email, name]);
    passwordHash = await hashPassword(password);
  }
  return db.transaction(async (tx) => {
    const row = assertUsable(await invitationByHash(tx, sha256(token), true));
    const result = await acceptEditorRole(tx, {
      email: row.email,
      cityId: row.city_id,
      name: name ?? null,
      passwordHash,
      language: lang,
    });
    await markAccepted(tx, row.id, result.userId);
    return { email: row.email, cityId: row.city_id, created: result.created };
  });
}
