import type { CityRecord, PracticeRecord } from '@convivio/shared';
import { upsertCity } from '../cities/queries.ts';
import { parseCity } from '../cities/service.ts';
import { upsertPractice } from '../practices/queries.ts';
import { parsePractice } from '../practices/service.ts';
import type { Queryable } from '../db/database.ts';
import { registerSection, writeImportedVersion, type ImportScope } from './section.ts';

async function versionOf(tx: Queryable, table: 'cities' | 'practices', id: string): Promise<number | null> {
  const r = await tx.query<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id]);
  return r.rows[0]?.version ?? null;
}

async function exists(scope: ImportScope, key: string, table: string, id: string): Promise<boolean> {
  if (scope.ids[key]?.has(id)) return true;
  return (await scope.db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rows.length > 0;
}

registerSection<CityRecord>({
  key: 'cities',
  order: 10,
  parse: (raw) => parseCity(raw),
  write: async (tx, rec, status) => writeImportedVersion(tx, {
    entityType: 'city', record: rec, status, currentVersion: await versionOf(tx, 'cities', rec.id),
    upsert: (version) => upsertCity(tx, rec, status, version),
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
  async check(rec, scope) {
    const issues = [];
    for (const [i, cityId] of [rec.cityId, ...rec.partnerCityIds].entries()) {
      if (cityId && !(await exists(scope, 'cities', 'cities', cityId))) {
        issues.push({ field: i === 0 ? 'cityId' : `partnerCityIds.${i - 1}`, message: `city "${cityId}" is neither in the file nor in the database` });
      }
    }
    return issues;
  },
  write: async (tx, rec, status) => writeImportedVersion(tx, {
    entityType: 'practice', record: rec, status, currentVersion: await versionOf(tx, 'practices', rec.id),
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
