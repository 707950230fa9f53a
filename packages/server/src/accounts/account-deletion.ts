import type { Database } from '../db/database.ts';
import { AppError, parseOrThrow } from '../errors.ts';
import { keepAnAdministrator } from './last-administrator.ts';
import { zDeleteAccountRequest } from './members-schema.ts';
import { verifyPassword } from './passwords.ts';
import { FORMER_MEMBER, personalDataHolders } from './personal-data.ts';
import { assertCan } from './policy.ts';
import type { User } from './schema.ts';

/**
 * Deletes the signed-in person's account, confirmed with their password, in one transaction:
 * every domain erases or anonymises what it holds (registrations' personal fields …), the
 * sessions, API tokens and editor requests go, and the account row is emptied of personal data
 * but kept, so that the records its member wrote stay attributed to "a former member". So do
 * the decisions on other people's editor requests: a request keeps its decision, its date and
 * `decided_by`, which names the emptied account, "a former member".
 */
export async function deleteOwnAccount(db: Database, user: User | null, input: unknown): Promise<void> {
  const me = assertCan(user, 'account.own', null, 'delete your account');
  const { password } = parseOrThrow(zDeleteAccountRequest, input);
  const r = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [me.id]);
  const hash = r.rows[0]?.password_hash;
  if (!hash || !(await verifyPassword(hash, password)))
    throw new AppError('validation_failed', 'The password is not correct', 'password');
  await db.transaction(async (tx) => {
    if (me.role === 'admin') await keepAnAdministrator(tx, me.id, 'delete your account', null);
    for (const holder of personalDataHolders()) await holder.erase(tx, me.id);
    await tx.query('DELETE FROM sessions WHERE user_id = $1', [me.id]);
    await tx.query('DELETE FROM api_tokens WHERE user_id = $1', [me.id]);
    await tx.query('DELETE FROM editor_requests WHERE user_id = $1', [me.id]);
    await tx.query('DELETE FROM account_links WHERE user_id = $1', [me.id]);
    await tx.query(
      `UPDATE users SET email = NULL, name = $2, password_hash = '', role = 'reader', city_id = NULL,
         disabled_at = NULL, language = NULL, deleted_at = now() WHERE id = $1`,
      [me.id, FORMER_MEMBER],
    );
  });
}
