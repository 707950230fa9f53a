import type { ParticipatoryMethodRecord, ReferenceGroupRecord, StakeholderRecord } from '@convivio/shared';
import { registerSection, writeImportedVersion, type ImportScope } from '../dataset/section.ts';
import type { Queryable } from '../db/database.ts';
import type { FieldIssue } from '../errors.ts';
import { parseParticipatoryMethod, listParticipatoryMethods, upsertParticipatoryMethod } from './methods.ts';
import { findStakeholder, upsertStakeholder } from './queries.ts';
import { findReferenceGroup, upsertReferenceGroup } from './reference-group-queries.ts';
import { parseReferenceGroup } from './reference-group-service.ts';
import { parseStakeholder } from './service.ts';

/** Is id in this file's section or already in the table? */
export async function knownId(scope: ImportScope, key: string, table: string, id: string): Promise<boolean> {
  if (scope.ids[key]?.has(id)) return true;
  return (await scope.db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rows.length > 0;
}

/** Issues for each id that is neither in the file's section nor in the table. */
export async function missingRefs(scope: ImportScope, refs: [field: string, id: string | null][], key: string, table: string, what: string): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  for (const [field, id] of refs) if (id && !(await knownId(scope, key, table, id))) issues.push({ field, message: `${what} "${id}" is neither in the file nor in the database` });
  return issues;
}

registerSection<StakeholderRecord>({
  key: 'stakeholders',
  order: 150,
  parse: (raw) => parseStakeholder(raw),
  async check(rec, scope) {
    return [
      ...(await missingRefs(scope, [['cityId', rec.cityId]], 'cities', 'cities', 'city')),
      ...(await missingRefs(scope, rec.practiceIds.map((p, i): [string, string] => [`practiceIds.${i}`, p]), 'practices', 'practices', 'practice')),
    ];
  },
  write: async (tx, rec) => writeImportedVersion(tx, {
    entityType: 'stakeholder', record: rec, status: 'published', currentVersion: (await findStakeholder(tx, rec.id))?.version ?? null,
    upsert: (version) => upsertStakeholder(tx, rec, version),
  }),
  async readAll(db: Queryable) {
    const r = await db.query<{ record: StakeholderRecord }>('SELECT record FROM stakeholders ORDER BY city_id, id');
    return r.rows.map((x) => ({ record: x.record, status: 'published' }));
  },
  csvColumns: ['id', 'cityId', 'name', 'area', 'roles', 'influence', 'interest', 'engagementStatus', 'communicationChannels', 'practiceIds', 'referenceGroups', 'description', 'source'],
});

registerSection<ParticipatoryMethodRecord>({
  key: 'participatoryMethods',
  order: 151,
  parse: (raw) => parseParticipatoryMethod(raw),
  check: (rec, scope) => missingRefs(scope, [['cityId', rec.cityId]], 'cities', 'cities', 'city'),
  write: (tx, rec) => upsertParticipatoryMethod(tx, rec),
  async readAll(db) {
    return (await listParticipatoryMethods(db, null)).map((record) => ({ record, status: 'published' }));
  },
  csvColumns: ['id', 'cityId', 'name', 'description', 'source'],
});

registerSection<ReferenceGroupRecord>({
  key: 'referenceGroups',
  order: 152,
  parse: (raw) => parseReferenceGroup(raw),
  async check(rec, scope) {
    const refs: [string, string | null][] = [
      ...rec.members.map((m, i): [string, string | null] => [`members.${i}.stakeholderId`, m.stakeholderId]),
      ...rec.meetings.flatMap((m, i) => m.attendeeStakeholderIds.map((s, j): [string, string] => [`meetings.${i}.attendeeStakeholderIds.${j}`, s])),
    ];
    return [
      ...(await missingRefs(scope, [['cityId', rec.cityId]], 'cities', 'cities', 'city')),
      ...(await missingRefs(scope, refs, 'stakeholders', 'stakeholders', 'stakeholder')),
    ];
  },
  write: async (tx, rec) => writeImportedVersion(tx, {
    entityType: 'reference-group', record: rec, status: 'published', currentVersion: (await findReferenceGroup(tx, rec.id))?.version ?? null,
    upsert: (version) => upsertReferenceGroup(tx, rec, version),
  }),
  async readAll(db) {
    const r = await db.query<{ record: ReferenceGroupRecord }>("SELECT record FROM reference_groups ORDER BY (kind = 'international') DESC, id");
    return r.rows.map((x) => ({ record: x.record, status: 'published' }));
  },
  csvColumns: ['id', 'kind', 'cityId', 'name', 'targetSize', 'members', 'meetings', 'engagementChallenges', 'description', 'source'],
});
