import type { Queryable } from '../db/database.ts';

/**
 * The invitations a person sent (the city and dates, never the invited person's address) and the
 * one they accepted: their part of a personal-data export. Deleting the account keeps them; the
 * inviter then reads as "a former member".
 */
export async function invitationsOf(db: Queryable, userId: string) {
  const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
  const r = await db.query<{
    invited_by: string | null;
    accepted_by: string | null;
    city_id: string;
    created_at: Date | string;
    accepted_at: Date | string | null;
  }>(
    `SELECT invited_by, accepted_by, city_id, created_at, accepted_at FROM invitations
      WHERE invited_by = $1 OR accepted_by = $1 ORDER BY created_at, id`,
    [userId],
  );
  return {
    sent: r.rows
      .filter((x) => x.invited_by === userId)
      .map((x) => ({ cityId: x.city_id, createdAt: iso(x.created_at), acceptedAt: iso(x.accepted_at) })),
    accepted: r.rows
      .filter((x) => x.accepted_by === userId)
      .map((x) => ({ cityId: x.city_id, createdAt: iso(x.created_at), acceptedAt: iso(x.accepted_at) })),
  };
}
