import { zCityRecord, type CityRecord } from '@convivio/shared';
import { registerSection, writeImportedVersion } from '../dataset/section.ts';
import { assertCan } from '../accounts/policy.ts';
import { findCity, upsertCity } from './queries.ts';
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
  recordSchema: zCityRecord,
  /** An existing city: its editors and administrators; a new one: administrators. */
  async authoriseImport(db, user, raw, what) {
    const id = typeof raw.id === 'string' ? raw.id : null;
    if (id && (await findCity(db, id))) assertCan(user, 'city.edit', { cityId: id }, `${what} (city "${id}")`);
    else assertCan(user, 'city.create', null, `add ${what} (a new city "${id ?? ''}")`);
  },
});
