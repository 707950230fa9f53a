import type { Database, Queryable } from '../db/database.ts';
import { isForeignKeyViolation } from '../db/errors.ts';
import { AppError, notFound, parseOrThrow } from '../errors.ts';
import { keepAnAdministrator } from './last-administrator.ts';
import { zAdminUserPatch, zAdminUserQuery, type AdminUser, type AdminUserQuery } from './members-schema.ts';
import { assertCan } from './policy.ts';
import type { User } from './schema.ts';

interface AdminUserRow {
  id: string;
  email: string;
  name: string;
  role: User['role'];
  city_id: string | null;
  disabled_at: Date | string | null;
  created_at: Date | string;
  total?: string | number;
}

const toAdminUser = (r: AdminUserRow): AdminUser => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  cityId: r.city_id,
  disabled: r.disabled_at !== null,
  createdAt: new Date(r.created_at).toISOString(),
});

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Accounts (not deleted ones) found by name or e-mail, role and city, a page at a time, ordered by name. */
export async function searchUsers(
  db: Queryable,
  user: User | null,
  query: unknown,
): Promise<{ items: AdminUser[]; total: number; page: number; pageSize: number }> {
  assertCan(user, 'accounts.manage', null, 'list accounts');
  const q: AdminUserQuery = parseOrThrow(zAdminUserQuery, query);
  const r = await db.query<AdminUserRow>(
    `SELECT id, email, name, role, city_id, disabled_at, created_at, count(*) OVER () AS total FROM users
     WHERE deleted_at IS NULL
       AND ($1::text IS NULL OR name ILIKE $1 OR email ILIKE $1)
       AND ($2::text IS NULL OR role = $2) AND ($3::text IS NULL OR city_id = $3)
     ORDER BY lower(name), email LIMIT $4 OFFSET $5`,
    [q.q ? `%${likeEscape(q.q)}%` : null, q.role ?? null, q.cityId || null, q.pageSize, (q.page - 1) * q.pageSize],
  );
  const total = r.rows[0]?.total;
  return {
    items: r.rows.map(toAdminUser),
    total: total === undefined ? 0 : Number(total),
    page: q.page,
    pageSize: q.pageSize,
  };
}

async function lockUser(tx: Queryable, id: string): Promise<AdminUserRow> {
  const r = await tx.query<AdminUserRow>(
    'SELECT id, email, name, role, city_id, disabled_at, created_at FROM users WHERE id = $1 AND deleted_at IS NULL FOR UPDATE',
    [id],
  );
  const row = r.rows[0];
  if (!row) throw notFound('Account', id);
  return row;
}

/**
 * An administrator changes an account's role and city, or disables (its sessions end, its API
 * tokens are refused) or re-enables it. Nobody may demote or disable the last administrator.
 */
export async function updateUser(db: Database, user: User | null, id: string, input: unknown): Promise<AdminUser> {
  assertCan(user, 'accounts.manage', null, 'change accounts');
  const patch = parseOrThrow(zAdminUserPatch, input);
  return db.transaction(async (tx) => {
    const before = await lockUser(tx, id);
    const role = patch.role ?? before.role;
    const cityId = role === 'admin' ? null : patch.cityId !== undefined ? patch.cityId : before.city_id;
    if (role === 'editor' && !cityId) throw new AppError('validation_failed', 'A city editor needs a city', 'cityId');
    const disabled = patch.disabled ?? before.disabled_at !== null;
    if (before.role === 'admin' && role !== 'admin') await keepAnAdministrator(tx, id, 'demote this account', 'role');
    if (before.role === 'admin' && disabled && before.disabled_at === null)
      await keepAnAdministrator(tx, id, 'disable this account', 'disabled');
    await tx
      .query(
        `UPDATE users SET role = $2, city_id = $3,
           disabled_at = CASE WHEN $4::boolean THEN COALESCE(disabled_at, now()) ELSE NULL END WHERE id = $1`,
        [id, role, cityId, disabled],
      )
      .catch((err: unknown) => {
        if (isForeignKeyViolation(err))
          throw new AppError('validation_failed', `City "${cityId}" does not exist`, 'cityId');
        throw err;
      });
    if (disabled) await tx.query('DELETE FROM sessions WHERE user_id = $1', [id]);
    return toAdminUser(await lockUser(tx, id));
  });
}

/** One account as administrators see it. */
export async function findAdminUser(db: Queryable, user: User | null, id: string): Promise<AdminUser> {
  assertCan(user, 'accounts.manage', null, 'see accounts');
  const r = await db.query<AdminUserRow>(
    'SELECT id, email, name, role, city_id, disabled_at, created_at FROM users WHERE id = $1 AND deleted_at IS NULL',
    [id],
  );
  if (!r.rows[0]) throw notFound('Account', id);
  return toAdminUser(r.rows[0]);
}
