import type { Queryable } from '../db/database.ts';

/** Where a stakeholder is referred to elsewhere (reference groups and policy labs), as readable labels. */
export async function stakeholderReferences(db: Queryable, id: string): Promise<string[]> {
  const member = JSON.stringify([{ stakeholderId: id }]);
  const groups = await db.query<{ name: string }>(
    `SELECT name FROM reference_groups WHERE record->'members' @> $1::jsonb OR record->'meetings' @> $2::jsonb ORDER BY name`,
    [member, JSON.stringify([{ attendeeStakeholderIds: [id] }])]);
  const labs = await db.query<{ name: string }>(
    `SELECT name FROM policy_labs WHERE record->'participants' @> $1::jsonb OR record->'experiments' @> $2::jsonb ORDER BY name`,
    [member, JSON.stringify([{ ownerStakeholderId: id }])]);
  return [...groups.rows.map((g) => `reference group "${g.name}"`), ...labs.rows.map((l) => `policy lab "${l.name}"`)];
}
