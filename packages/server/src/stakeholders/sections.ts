import type { ParticipatoryMethodRecord, ReferenceGroupRecord, StakeholderRecord } from '@convivio/shared';
import { existingCityIds } from '../cities/service.ts';
import { missingRefs, registerSection, writeImportedVersion } from '../dataset/section.ts';
import type { Queryable } from '../db/database.ts';
import { parseParticipatoryMethod, listParticipatoryMethods, upsertParticipatoryMethod } from './methods.ts';
import { existingPracticeIds } from '../practices/service.ts';
import { existingStakeholderIds, findStakeholder, upsertStakeholder } from './queries.ts';
import { findReferenceGroup, upsertReferenceGroup } from './reference-group-queries.ts';
import { parseReferenceGroup } from './reference-group-service.ts';
import { parseStakeholder } from './service.ts';

registerSection<StakeholderRecord>({
  key: 'stakeholders',
  order: 150,
  parse: (raw) => parseStakeholder(raw),
  async check(rec, scope) {
    return [
      ...(await missingRefs(scope, [['cityId', rec.cityId]], 'cities', existingCityIds, 'city')),
      ...(await missingRefs(scope, rec.practiceIds.map((p, i): [string, string] => [`practiceIds.${i}`, p]), 'practices', existingPracticeIds, 'practice')),
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
  check: (rec, scope) => missingRefs(scope, [['cityId', rec.cityId]], 'cities', existingCityIds, 'city'),
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
      ...(await missingRefs(scope, [['cityId', rec.cityId]], 'cities', existingCityIds, 'city')),
      ...(await missingRefs(scope, refs, 'stakeholders', existingStakeholderIds, 'stakeholder')),
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
