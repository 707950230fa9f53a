import type { Queryable } from '../db/database.ts';
import { AppError } from '../errors.ts';

/**
 * Refuses (409) a change that would leave the platform without an active administrator:
 * `userId` is about to stop being one (demoted, disabled or deleted). Locks the administrators'
 * rows, so two such changes made at once cannot both pass.
 */
export async function keepAnAdministrator(tx: Queryable, userId: string, what: string, field: string | null) {
  const r = await tx.query<{ id: string }>(
    `SELECT id FROM users WHERE role = 'admin' AND disabled_at IS NULL AND deleted_at IS NULL ORDER BY id FOR UPDATE`,
  );
  const ids = r.rows.map((row) => row.id);
  if (ids.includes(userId) && ids.length === 1)
    throw new AppError('conflict', `You may not ${what}: this is the last administrator's account`, field);
}
