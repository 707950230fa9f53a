import type { Queryable } from '../db/database.ts';
import { labLinks } from './lab-links.ts';

/** Where a stakeholder is referred to elsewhere (reference groups and policy labs), as readable labels. */
export async function stakeholderReferences(db: Queryable, id: string): Promise<string[]> {
  const member = JSON.stringify([{ stakeholderId: id }]);
  const groups = await db.query<{ name: string }>(
    `SELECT name FROM reference_groups WHERE record->'members' @> $1::jsonb OR record->'meetings' @> $2::jsonb ORDER BY name`,
    [member, JSON.stringify([{ attendeeStakeholderIds: [id] }])],
  );
  return [...groups.rows.map((g) => `reference group "${g.name}"`), ...(await labLinks().labsReferring(db, id))];
}
