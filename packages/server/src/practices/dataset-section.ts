import type { PracticeRecord } from '@convivio/shared';
import { registerSection, writeImportedVersion } from '../dataset/section.ts';
import { upsertPractice } from './queries.ts';
import { parsePractice, practiceReferenceIssues } from './service.ts';

registerSection<PracticeRecord>({
  key: 'practices',
  order: 20,
  parse: (raw) => parsePractice(raw),
  check: (rec, scope) => practiceReferenceIssues(rec, scope.lookup),
  write: (tx, rec, status) =>
    writeImportedVersion(tx, {
      table: 'practices',
      entityType: 'practice',
      record: rec,
      status,
      upsert: (version) => upsertPractice(tx, rec, status, version),
    }),
  async readAll(db) {
    const r = await db.query<{ record: PracticeRecord; status: string }>(
      'SELECT record, status FROM practices ORDER BY id',
    );
    return r.rows;
  },
  csvColumns: [
    'id',
    'kind',
    'name',
    'cityId',
    'area',
    'themes',
    'targetGroups',
    'typology',
    'actionPlanAreas',
    'duration',
    'systematized',
    'challengesAddressed',
    'description',
    'results',
    'quantitativeResults',
    'recommendations',
    'lessonsLearned',
    'language',
    'source',
  ],
});
