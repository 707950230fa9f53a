import { can } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { publishedPracticeNames } from '../practices/service.ts';
import { stakeholderNames } from '../stakeholders/service.ts';
import { presentLab } from './presenter.ts';
import { labPeople, labPeopleCounts, type LabRow } from './queries.ts';

/** Labs ready to show to this viewer: names resolved, persons counted (and listed only for those who may edit). */
export async function presentLabsFor(
  db: Queryable,
  user: User | null,
  rows: LabRow[],
): Promise<ReturnType<typeof presentLab>[]> {
  const names = await stakeholderNames(db, [
    ...new Set(rows.flatMap((r) => r.record.participants.map((p) => p.stakeholderId))),
  ]);
  const practices = await publishedPracticeNames(db, [
    ...new Set(rows.flatMap((r) => r.record.recommendations.flatMap((x) => x.practiceIds))),
  ]);
  const practiceNames = new Map(practices.map((p) => [p.id, p.name]));
  const counts = await labPeopleCounts(
    db,
    rows.map((r) => r.id),
  );
  const out = [];
  for (const row of rows) {
    const people = can(user, 'city.edit', { cityId: row.city_id }) ? await labPeople(db, row.id) : null;
    out.push(
      presentLab(row, { stakeholderNames: names, practiceNames, peopleCounts: counts.get(row.id) ?? {}, people }),
    );
  }
  return out;
}

/** One lab ready to show to this viewer (see presentLabsFor). */
export async function presentLabFor(
  db: Queryable,
  user: User | null,
  row: LabRow,
): Promise<ReturnType<typeof presentLab>> {
  const [lab] = await presentLabsFor(db, user, [row]);
  if (!lab) throw new Error(`Presenting lab ${row.id} gave nothing`);
  return lab;
}
