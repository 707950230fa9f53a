import { translationOperations } from '../records/translation-operations.ts';
import { getCity } from './service.ts';
import { CITY_TRANSLATION } from './translation-kind.ts';

export { CITY_TRANSLATION };

/** A city profile's translations: read by whoever may read the profile, written by the city's editors. */
export const cityTranslations = translationOperations(CITY_TRANSLATION, {
  table: 'cities',
  async read(db, user, id) {
    const row = await getCity(db, user, id);
    return { cityId: row.id, language: row.record.language };
  },
});
