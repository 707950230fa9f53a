import type { Queryable } from '../db/database.ts';
import { USER_DIRECTORY } from '../accounts/service.ts';

export interface InvitationRow {
  id: string;
  email: string;
  city_id: string;
  role: 'editor';
  inviter_name: string | null;
  created_at: string | Date;
  expires_at: string | Date;
  accepted_at: string | Date | null;
  revoked_at: string | Date | null;
  expired: boolean;
}

const SELECT = `SELECT i.id, i.email, i.city_id, i.role, u.name AS inviter_name, i.created_at, i.expires_at,
  i.accepted_at, i.revoked_at, i.expires_at <= now() AS expired
  FROM invitations i LEFT JOIN ${USER_DIRECTORY} u ON u.id = i.invited_by`;

export async function insertInvitation(
  db: Queryable,
  v: { id: string; tokenHash: string; email: string; cityId: string; invitedBy: string; days: number },
): Promise<void> {
  await db.query(
    `INSERT INTO invitations (id, token_hash, email, city_id, role, invited_by, expires_at)
     VALUES ($1,$2,$3,$4,'editor',$5, now() + make_interval(days => $6))`,
    [v.id, v.tokenHash, v.email, v.cityId, v.invitedBy, v.days],
  );
}

/** Invitations, newest first: of one city, or of every city (`null`). */
export async function listInvitations(db: Queryable, cityId: string | null): Promise<InvitationRow[]> {
  const r = await db.query<InvitationRow>(
    `${SELECT} WHERE ($1::text IS NULL OR i.city_id = $1) ORDER BY i.created_at DESC, i.id`,
    [cityId],
  );
  return r.rows;
}

export async function findInvitation(db: Queryable, id: string): Promise<InvitationRow | null> {
  const r = await db.query<InvitationRow>(`${SELECT} WHERE i.id = $1`, [id]);
  return r.rows[0] ?? null;
}

/** The invitation behind a link's secret; `lock` holds its row until the transaction ends. */
export async function invitationByHash(db: Queryable, tokenHash: string, lock = false): Promise<InvitationRow | null> {
  if (lock) await db.query('SELECT 1 FROM invitations WHERE token_hash = $1 FOR UPDATE', [tokenHash]);
  const r = await db.query<InvitationRow>(`${SELECT} WHERE i.token_hash = $1`, [tokenHash]);
  return r.rows[0] ?? null;
}

export async function markAccepted(db: Queryable, id: string, userId: string): Promise<void> {
  await db.query('UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1', [id, userId]);
}

export async function markRevoked(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE invitations SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
}
