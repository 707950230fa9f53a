import type { CityRecord } from '@convivio/shared';
import { registerSection, writeImportedVersion } from '../dataset/section.ts';
import { upsertCity } from './queries.ts';
import { parseCity } from './service.ts';

registerSection<CityRecord>({
  key: 'cities',
  order: 10,
  parse: (raw) => parseCity(raw),
  write: (tx, rec, status) =>
    writeImportedVersion(tx, {
      table: 'cities',
      entityType: 'city',
      record: rec,
      status,
      upsert: (version) => upsertCity(tx, rec, status, version),
    }),
  async readAll(db) {
    const r = await db.query<{ record: CityRecord; status: string }>('SELECT record, status FROM cities ORDER BY id');
    return r.rows;
  },
  csvColumns: [
    'id',
    'name',
    'country',
    'region',
    'language',
    'population',
    'populationYear',
    'migrantShare',
    'migrantShareYear',
    'nationalitiesCount',
    'mainNationalities',
    'mayor',
    'networks',
    'charterSignatory',
    'profileComplete',
    'source',
  ],
});
