import type { PracticeRecord } from '@convivio/shared';
import { existingCityIds } from '../cities/service.ts';
import { missingRefs, registerSection, writeImportedVersion } from '../dataset/section.ts';
import { findPractice, upsertPractice } from './queries.ts';
import { parsePractice } from './service.ts';

registerSection<PracticeRecord>({
  key: 'practices',
  order: 20,
  parse: (raw) => parsePractice(raw),
  check: (rec, scope) => missingRefs(scope, [rec.cityId, ...rec.partnerCityIds].map((cityId, i): [string, string | null] =>
    [i === 0 ? 'cityId' : `partnerCityIds.${i - 1}`, cityId]), 'cities', existingCityIds, 'city'),
  write: async (tx, rec, status) => writeImportedVersion(tx, {
    entityType: 'practice', record: rec, status, currentVersion: (await findPractice(tx, rec.id))?.version ?? null,
    upsert: (version) => upsertPractice(tx, rec, status, version),
  }),
  async readAll(db) {
    const r = await db.query<{ record: PracticeRecord; status: string }>('SELECT record, status FROM practices ORDER BY id');
    return r.rows;
  },
  csvColumns: ['id', 'kind', 'name', 'cityId', 'area', 'themes', 'targetGroups', 'typology', 'actionPlanAreas', 'duration',
    'systematized', 'challengesAddressed', 'description', 'results', 'quantitativeResults', 'recommendations', 'lessonsLearned',
    'language', 'source'],
});
