import type { ParticipatoryMethodRecord, ReferenceGroupRecord, StakeholderRecord } from '@convivio/shared';
import { registerSection, writeImportedVersion } from '../dataset/section.ts';
import type { Queryable } from '../db/database.ts';
import { missingReferences } from '../records/references.ts';
import { parseParticipatoryMethod, listParticipatoryMethods, upsertParticipatoryMethod } from './methods.ts';
import { upsertStakeholder } from './queries.ts';
import { upsertReferenceGroup } from './reference-group-queries.ts';
import { parseReferenceGroup, referenceGroupIssues } from './reference-group-service.ts';
import { parseStakeholder, stakeholderReferenceIssues } from './service.ts';

registerSection<StakeholderRecord>({
  key: 'stakeholders',
  order: 150,
  parse: (raw) => parseStakeholder(raw),
  check: (rec, scope) => stakeholderReferenceIssues(rec, scope.lookup),
  write: (tx, rec) =>
    writeImportedVersion(tx, {
      table: 'stakeholders',
      entityType: 'stakeholder',
      record: rec,
      status: 'published',
      upsert: (version) => upsertStakeholder(tx, rec, version),
    }),
  async readAll(db: Queryable) {
    const r = await db.query<{ record: StakeholderRecord }>('SELECT record FROM stakeholders ORDER BY city_id, id');
    return r.rows.map((x) => ({ record: x.record, status: 'published' }));
  },
  csvColumns: [
    'id',
    'cityId',
    'name',
    'area',
    'roles',
    'influence',
    'interest',
    'engagementStatus',
    'communicationChannels',
    'practiceIds',
    'referenceGroups',
    'description',
    'source',
  ],
});

registerSection<ParticipatoryMethodRecord>({
  key: 'participatoryMethods',
  order: 151,
  parse: (raw) => parseParticipatoryMethod(raw),
  check: (rec, scope) => missingReferences(scope.lookup, 'cities', [['cityId', rec.cityId]]),
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
  check: (rec, scope) => referenceGroupIssues(rec, scope.lookup),
  write: (tx, rec) =>
    writeImportedVersion(tx, {
      table: 'reference_groups',
      entityType: 'reference-group',
      record: rec,
      status: 'published',
      upsert: (version) => upsertReferenceGroup(tx, rec, version),
    }),
  async readAll(db) {
    const r = await db.query<{ record: ReferenceGroupRecord }>(
      "SELECT record FROM reference_groups ORDER BY (kind = 'international') DESC, id",
    );
    return r.rows.map((x) => ({ record: x.record, status: 'published' }));
  },
  csvColumns: [
    'id',
    'kind',
    'cityId',
    'name',
    'targetSize',
    'members',
    'meetings',
    'engagementChallenges',
    'description',
    'source',
  ],
});
