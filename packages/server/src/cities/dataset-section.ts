import { zCityRecord, type CityRecord } from '@convivio/shared';
import { registerSection, writeImportedVersion } from '../dataset/section.ts';
import { assertCan } from '../accounts/policy.ts';
import {
  parseDatasetTranslations,
  replaceTranslations,
  withDatasetTranslations,
  withoutTranslations,
  type DatasetTranslation,
} from '../records/translations.ts';
import { findCity, upsertCity } from './queries.ts';
import { parseCity } from './service.ts';
import { CITY_TRANSLATION } from './translation-kind.ts';

/** A city as the data set carries it: the profile, and its translations when the file gives them. */
type CityEntry = CityRecord & { translations?: DatasetTranslation[] };

registerSection<CityEntry>({
  key: 'cities',
  order: 10,
  parse(raw) {
    const split = withoutTranslations(raw);
    const rec = parseCity(split.record);
    const translations = parseDatasetTranslations(CITY_TRANSLATION, split.translations, rec.language);
    return translations ? { ...rec, translations } : rec;
  },
  async write(tx, entry, status) {
    const { translations, ...rec } = entry;
    const done = await writeImportedVersion(tx, {
      table: 'cities',
      entityType: 'city',
      record: rec,
      status,
      upsert: (version) => upsertCity(tx, rec, status, version),
    });
    if (translations) await replaceTranslations(tx, CITY_TRANSLATION, rec.id, translations);
    return done;
  },
  async readAll(db) {
    const r = await db.query<{ record: CityRecord; status: string }>('SELECT record, status FROM cities ORDER BY id');
    return r.rows;
  },
  withExtras: (db, rows) => withDatasetTranslations(db, CITY_TRANSLATION, rows),
  recordSchema: zCityRecord,
  /** An existing city: its editors and administrators; a new one: administrators. */
  async authoriseImport(db, user, raw, what) {
    const id = typeof raw.id === 'string' ? raw.id : null;
    if (id && (await findCity(db, id))) assertCan(user, 'city.edit', { cityId: id }, `${what} (city "${id}")`);
    else assertCan(user, 'city.create', null, `add ${what} (a new city "${id ?? ''}")`);
  },
});
