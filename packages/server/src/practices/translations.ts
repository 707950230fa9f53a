import { translationOperations } from '../records/translation-operations.ts';
import { refreshPracticeSearch } from './queries.ts';
import { getPractice } from './service.ts';
import { PRACTICE_TRANSLATION } from './translation-kind.ts';

export { PRACTICE_TRANSLATION };

/** A practice's translations: read by whoever may read the practice, written by its city's editors. */
export const practiceTranslations = translationOperations(PRACTICE_TRANSLATION, {
  table: 'practices',
  async read(db, user, id) {
    const row = await getPractice(db, user, id);
    return { cityId: row.city_id, language: row.record.language };
  },
  changed: refreshPracticeSearch,
});
