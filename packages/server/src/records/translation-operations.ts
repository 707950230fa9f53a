import { assertCan, can } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { notFound } from '../errors.ts';
import {
  deleteTranslation,
  listTranslations,
  parseTranslation,
  requireTranslation,
  writeTranslation,
  type TranslatableKind,
  type Translation,
} from './translations.ts';
import { lockVersion } from './versioned.ts';

/** What the operations need of a translated record: it as its reader may see it, its city and language. */
export interface TranslatedRecordAccess {
  /** The record's table (its row is locked while a translation changes). */
  table: string;
  /** The record as `user` may see it (404 otherwise): its city (whose editors translate it) and language. */
  read(db: Queryable, user: User | null, id: string): Promise<{ cityId: string | null; language: string }>;
  /** Keeps what depends on the translations in step (e.g. the search text), in the same transaction. */
  changed?(tx: Queryable, id: string): Promise<void>;
}

/** Translator ids are shown only to those who may edit the record. */
const forReader =
  (user: User | null, rec: { cityId: string | null }) =>
  (t: Translation): Translation =>
    can(user, 'city.edit', { cityId: rec.cityId }) ? t : { ...t, translatorId: null };

/**
 * The translation operations of one kind of record: anyone who may read the record reads its
 * translations; its city's editors and administrators write and delete them (`city.edit`).
 */
export function translationOperations(kind: TranslatableKind, access: TranslatedRecordAccess) {
  const what = `translations of this ${kind.label.toLowerCase()}`;
  const writable = async (tx: Queryable, user: User | null, id: string) => {
    const rec = await access.read(tx, user, id);
    const author = assertCan(user, 'city.edit', { cityId: rec.cityId }, what);
    if ((await lockVersion(tx, access.table, id)) === null) throw notFound(kind.label, id);
    return { rec, author };
  };
  return {
    async list(db: Queryable, user: User | null, id: string): Promise<Translation[]> {
      const shown = forReader(user, await access.read(db, user, id));
      return (await listTranslations(db, kind, id)).map(shown);
    },
    async get(db: Queryable, user: User | null, id: string, language: string): Promise<Translation> {
      const shown = forReader(user, await access.read(db, user, id));
      return shown(await requireTranslation(db, kind, id, language));
    },
    /** Creates or replaces the translation into `language`; the record's version is not changed. */
    put(
      db: Database,
      user: User | null,
      id: string,
      language: string,
      input: unknown,
      expectedVersion: number | null = null,
    ): Promise<Translation> {
      return db.transaction(async (tx) => {
        const { rec, author } = await writable(tx, user, id);
        const t = parseTranslation(kind, language, input, rec.language);
        const saved = await writeTranslation(tx, kind, id, t, author, { expectedVersion });
        await access.changed?.(tx, id);
        return saved;
      });
    },
    remove(db: Database, user: User | null, id: string, language: string): Promise<void> {
      return db.transaction(async (tx) => {
        const { author } = await writable(tx, user, id);
        await deleteTranslation(tx, kind, id, language, author);
        await access.changed?.(tx, id);
      });
    },
  };
}

export type TranslationOperations = ReturnType<typeof translationOperations>;
