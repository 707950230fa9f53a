import { zPracticeRecord, type PracticeRecord } from '@convivio/shared';
import { registerSection, writeImportedVersion } from '../dataset/section.ts';
import { assertCan } from '../accounts/policy.ts';
import { findPractice, upsertPractice } from './queries.ts';
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
