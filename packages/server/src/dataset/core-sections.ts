import type { CityRecord, PracticeRecord } from '@convivio/shared';
import { upsertCity } from '../cities/queries.ts';
import { parseCity } from '../cities/service.ts';
import { upsertPractice } from '../practices/queries.ts';
import { parsePractice, practiceReferenceIssues } from '../practices/service.ts';
import { registerSection, writeImportedVersion } from './section.ts';

registerSection<CityRecord>({
  key: 'cities',
  order: 10,
  parse: (raw) => parseCity(raw),
  write: (tx, rec, status) => writeImportedVersion(tx, {
    table: 'cities', entityType: 'city', record: rec, status, upsert: (version) => upsertCity(tx, rec, status, version),
  }),
  async readAll(db) {
    const r = await db.query<{ record: CityRecord; status: string }>('SELECT record, status FROM cities ORDER BY id');
    return r.rows;
  },
  csvColumns: ['id', 'name', 'country', 'region', 'language', 'population', 'populationYear', 'migrantShare', 'migrantShareYear',
    'nationalitiesCount', 'mainNationalities', 'mayor', 'networks', 'charterSignatory', 'profileComplete', 'source'],
});

registerSection<PracticeRecord>({
  key: 'practices',
  order: 20,
  parse: (raw) => parsePractice(raw),
  check: (rec, scope) => practiceReferenceIssues(rec, scope.lookup),
  write: (tx, rec, status) => writeImportedVersion(tx, {
    table: 'practices', entityType: 'practice', record: rec, status, upsert: (version) => upsertPractice(tx, rec, status, version),
  }),
  async readAll(db) {
    const r = await db.query<{ record: PracticeRecord; status: string }>('SELECT record, status FROM practices ORDER BY id');
    return r.rows;
  },
  csvColumns: ['id', 'kind', 'name', 'cityId', 'area', 'themes', 'targetGroups', 'typology', 'actionPlanAreas', 'duration',
    'systematized', 'challengesAddressed', 'description', 'results', 'quantitativeResults', 'recommendations', 'lessonsLearned',
    'language', 'source'],
});
