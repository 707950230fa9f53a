import crypto from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import { AppError } from '../errors.ts';

/**
 * Makes the account of `email` an editor of `cityId` (an invitation was accepted: the link reached
 * the address, so the address counts as confirmed). Without an account, one is made with the name
 * and password hash given. An administrator stays one; an editor of another city is refused.
 */
export async function acceptEditorRole(
  tx: Queryable,
  input: { email: string; cityId: string; name: string | null; passwordHash: string | null; language: string },
): Promise<{ userId: string; created: boolean }> {
  const r = await tx.query<{ id: string; role: string; city_id: string | null; email_verified_at: unknown }>(
    'SELECT id, role, city_id, email_verified_at FROM users WHERE email = $1 FOR UPDATE',
    [input.email],
  );
  const existing = r.rows[0];
  if (existing) {
    if (existing.role === 'editor' && existing.city_id !== input.cityId)
      throw new AppError(
        'conflict',
        `This account already edits another city (${existing.city_id}); an account edits one city: ask an administrator`,
        'email',
      );
    const verified = existing.email_verified_at !== null;
    if (!verified && (!input.name || !input.passwordHash))
      throw new AppError('validation_failed', 'Choose your name and a password to finish your account', 'password');
    await tx.query(
      `UPDATE users SET role = CASE WHEN role = 'admin' THEN role ELSE 'editor' END,
         city_id = CASE WHEN role = 'admin' THEN city_id ELSE $2 END,
         name = CASE WHEN email_verified_at IS NULL THEN $3 ELSE name END,
         password_hash = CASE WHEN email_verified_at IS NULL THEN $4 ELSE password_hash END,
         email_verified_at = coalesce(email_verified_at, now())
       WHERE id = $1`,
      [existing.id, input.cityId, input.name ?? '', input.passwordHash ?? ''],
    );
    return { userId: existing.id, created: false };
  }
  if (!input.name || !input.passwordHash)
    throw new AppError('validation_failed', 'Choose your name and a password to create your account', 'password');
  const id = `user-${crypto.randomUUID()}`;
  await tx.query(
    `INSERT INTO users (id, email, name, role, city_id, password_hash, language, email_verified_at)
     VALUES ($1,$2,$3,'editor',$4,$5,$6,now())`,
    [id, input.email, input.name, input.cityId, input.passwordHash, input.language],
  );
  return { userId: id, created: true };
}

/** Does this address have a confirmed account (its language then), or none / an unconfirmed one? */
export async function accountOfEmail(
  db: Queryable,
  email: string,
): Promise<{ id: string; language: string; verified: boolean } | null> {
  const r = await db.query<{ id: string; language: string; verified: boolean }>(
    'SELECT id, language, email_verified_at IS NOT NULL AS verified FROM users WHERE email = $1',
    [email],
  );
  return r.rows[0] ?? null;
}
