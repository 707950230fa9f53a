import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDataset, importDataset } from '../src/dataset-sections.ts';
import type { Database } from '../src/db/database.ts';
import { AppError } from '../src/errors.ts';
import { ENGINES, freshDatabase } from './harness.ts';

const count = async (db: Database, table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;

const practice = (id: string, translations: unknown) => ({
  id,
  kind: 'practice',
  name: 'Neighbourhood gardens',
  cityId: 'city-fuenlabrada',
  language: 'en',
  translations,
});
const spanish = {
  language: 'es',
  kind: 'machine',
  source: 'A test file',
  note: 'not from the source',
  fields: { name: 'Huertos vecinales', description: 'Huertos compartidos entre vecinos.' },
};

describe.each(ENGINES)('translations in the data set on %s', (engine) => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    // The run's seeded template: migrated and loaded with the bundled data set by seedIfEmpty.
    ({ db, drop } = await freshDatabase(engine, { seeded: true }));
  });
  afterAll(async () => drop?.());

  it('loads the bundled translations: one per MUST-a-Lab annex practice, in its city’s language', async () => {
    const r = await db.query<{ language: string; n: number }>(
      "SELECT language, count(*)::int AS n FROM practice_translations WHERE kind = 'machine' GROUP BY language ORDER BY language",
    );
    expect(Object.fromEntries(r.rows.map((x) => [x.language, x.n]))).toEqual({
      de: 3,
      el: 1,
      es: 3,
      fr: 4,
      it: 1,
      nl: 2,
    });
  });

  it('refuses a bad translation naming the record and the field, and writes nothing of the file', async () => {
    const before = { practices: await count(db, 'practices'), translations: await count(db, 'practice_translations') };
    const file = {
      format: 'convivio/v1',
      practices: [
        practice('practice-test-good', [spanish]),
        practice('practice-test-bad-language', [{ ...spanish, language: 'tlh' }]),
        practice('practice-test-bad-kind', [{ ...spanish, kind: 'oracle' }]),
        practice('practice-test-twice', [spanish, spanish]),
        practice('practice-test-not-a-list', { es: 'Huertos' }),
      ],
    };
    const err = await importDataset(db, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    const issues = (err as AppError).issues;
    expect(issues.map((i) => i.field)).toEqual([
      'practices[1].translations.0.language',
      'practices[2].translations.0.kind',
      'practices[3].translations.1.language',
      'practices[4].translations',
    ]);
    expect(issues[0]!.message).toContain('practice-test-bad-language');
    expect(await count(db, 'practices')).toBe(before.practices);
    expect(await count(db, 'practice_translations')).toBe(before.translations);
  });

  it('imports translations with their record, finds the record by them, and exports them back', async () => {
    await importDataset(db, { format: 'convivio/v1', practices: [practice('practice-test-gardens', [spanish])] });
    const found = await db.query<{ id: string }>(
      "SELECT id FROM practice_search WHERE vector @@ websearch_to_tsquery('spanish', 'huerto')",
    );
    expect(found.rows.map((r) => r.id)).toContain('practice-test-gardens');
    const exported = (await exportDataset(db, { includeDrafts: true })) as {
      practices: { id: string; translations?: unknown[] }[];
    };
    const gardens = exported.practices.find((p) => p.id === 'practice-test-gardens');
    expect(gardens?.translations).toEqual([spanish]);
    // A file without `translations` keeps them; an empty list removes them.
    await importDataset(db, { format: 'convivio/v1', practices: [practice('practice-test-gardens', undefined)] });
    expect(await count(db, 'practice_translations')).toBe(15);
    await importDataset(db, { format: 'convivio/v1', practices: [practice('practice-test-gardens', [])] });
    expect(await count(db, 'practice_translations')).toBe(14);
  });
});
