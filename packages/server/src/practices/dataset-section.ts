import { zPracticeRecord, type PracticeRecord } from '@convivio/shared';
import { registerSection, writeImportedVersion } from '../dataset/section.ts';
import { assertCan } from '../accounts/policy.ts';
import {
  parseDatasetTranslations,
  replaceTranslations,
  withDatasetTranslations,
  withoutTranslations,
  type DatasetTranslation,
} from '../records/translations.ts';
import { findPractice, refreshPracticeSearch, upsertPractice } from './queries.ts';
import { parsePractice, practiceReferenceIssues } from './service.ts';
import { deferSearchWords, recountSearchWords } from './search-words.ts';
import { PRACTICE_TRANSLATION } from './translation-kind.ts';

/** A practice as the data set carries it: the record, and its translations when the file gives them. */
type PracticeEntry = PracticeRecord & { translations?: DatasetTranslation[] };

registerSection<PracticeEntry>({
  key: 'practices',
  order: 20,
  parse(raw) {
    const split = withoutTranslations(raw);
    const rec = parsePractice(split.record);
    const translations = parseDatasetTranslations(PRACTICE_TRANSLATION, split.translations, rec.language);
    return translations ? { ...rec, translations } : rec;
  },
  check: (rec, scope) => practiceReferenceIssues(rec, scope.lookup),
  beforeWrites: deferSearchWords,
  afterWrites: recountSearchWords,
  async write(tx, entry, status) {
    const { translations, ...rec } = entry;
    const done = await writeImportedVersion(tx, {
      table: 'practices',
      entityType: 'practice',
      record: rec,
      status,
      upsert: (version) => upsertPractice(tx, rec, status, version),
    });
    if (translations) {
      await replaceTranslations(tx, PRACTICE_TRANSLATION, rec.id, translations);
      await refreshPracticeSearch(tx, rec.id);
    }
    return done;
  },
  async readAll(db) {
    const r = await db.query<{ record: PracticeRecord; status: string }>(
      'SELECT record, status FROM practices ORDER BY id',
    );
    return r.rows;
  },
  withExtras: (db, rows) => withDatasetTranslations(db, PRACTICE_TRANSLATION, rows),
  recordSchema: zPracticeRecord,
  /** The city the row names and, for a practice that exists, the city it belongs to now: both editable by the user. */
  async authoriseImport(db, user, raw, what) {
    const cityId = typeof raw.cityId === 'string' ? raw.cityId : null;
    assertCan(user, 'city.edit', { cityId }, `${what} (a practice of ${cityId ?? 'no city'})`);
    const existing = typeof raw.id === 'string' ? await findPractice(db, raw.id) : null;
    if (existing)
      assertCan(
        user,
        'city.edit',
        { cityId: existing.record.cityId },
        `${what} (practice "${existing.id}" of ${existing.record.cityId ?? 'no city'})`,
      );
  },
});
