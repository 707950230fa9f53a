import { LANGUAGES } from '@convivio/web';
import { z } from 'zod';
import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow, validationError } from '../errors.ts';
import { listRevisions, recordRevision } from '../revisions/service.ts';
import { versionConflict } from './versioned.ts';

/** A translated text field: one text, or a list of texts (a city's key takeaways). */
export type TranslatedValue = string | string[];

/**
 * How one kind of record keeps translations of its text fields: the table its domain owns
 * (a fixed name, never input), the column naming the record, the fields a translation may carry
 * and the revisions' name for a translation.
 */
export interface TranslatableKind {
  table: string;
  key: string;
  /** Entity name of a translation in the revisions table, e.g. `practice-translation`. */
  entity: string;
  /** Name of the record in messages, e.g. `Practice`. */
  label: string;
  /** The translatable fields: `text` (one text) or `list` (a list of texts). */
  fields: Readonly<Record<string, 'text' | 'list'>>;
}

/** One stored translation, as the API presents it. */
export interface Translation {
  language: string;
  fields: Record<string, TranslatedValue>;
  kind: 'human' | 'machine';
  translatorId: string | null;
  source: string | null;
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What a translation holds besides its record and language: the write body and a data set entry. */
export interface TranslationInput {
  fields: Record<string, TranslatedValue>;
  kind: 'human' | 'machine';
  source: string | null;
  note: string | null;
}

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => v || null);

/** The body of a translation: its fields (only the kind's), kind of translation, origin and note. */
export function translationBody(kind: TranslatableKind) {
  const fields = Object.fromEntries(
    Object.entries(kind.fields).map(([name, shape]) => [
      name,
      (shape === 'list' ? z.array(text(5000).min(1)).max(100) : text(20_000)).nullish(),
    ]),
  );
  return z.object({
    fields: z.strictObject(fields).describe(`The translated texts by field: ${Object.keys(kind.fields).join(', ')}`),
    kind: z.enum(['human', 'machine']).describe('Who translated: a person or a machine'),
    source: optionalText(500).describe('Who or what made it when no member did (e.g. the tool or the data set)'),
    note: optionalText(1000).describe('A note for readers, e.g. "not from the source"'),
  });
}

/** The interface languages are the content languages a translation may be in. */
export const contentLanguages = (): string[] => LANGUAGES();

/**
 * Validates a translation of a record written in `original`: a content language other than the
 * original's, the kind's fields only, at least one of them filled in.
 */
export function parseTranslation(
  kind: TranslatableKind,
  language: unknown,
  input: unknown,
  original: string,
  fieldPrefix = '',
): { language: string } & TranslationInput {
  const at = (f: string) => [fieldPrefix, f].filter(Boolean).join('.');
  const languages = contentLanguages();
  if (typeof language !== 'string' || !languages.includes(language))
    throw validationError([{ field: at('language'), message: `must be one of ${languages.join(', ')}` }]);
  if (language === original)
    throw validationError([
      { field: at('language'), message: `is the language the record is written in ("${original}")` },
    ]);
  const body = parseOrThrow(translationBody(kind), input, fieldPrefix);
  const fields: Record<string, TranslatedValue> = {};
  for (const [name, value] of Object.entries(body.fields)) if (value && value.length) fields[name] = value;
  if (!Object.keys(fields).length)
    throw validationError([{ field: at('fields'), message: 'must translate at least one field' }]);
  return { language, fields, kind: body.kind, source: body.source, note: body.note };
}

interface TranslationRow {
  language: string;
  fields: Record<string, TranslatedValue>;
  kind: 'human' | 'machine';
  translator_id: string | null;
  source: string | null;
  note: string | null;
  version: number;
  created_at: string | Date;
  updated_at: string | Date;
}

const present = (r: TranslationRow): Translation => ({
  language: r.language,
  fields: r.fields,
  kind: r.kind,
  translatorId: r.translator_id,
  source: r.source,
  note: r.note,
  version: r.version,
  createdAt: new Date(r.created_at).toISOString(),
  updatedAt: new Date(r.updated_at).toISOString(),
});

/** Every translation of a record, by language. */
export async function listTranslations(db: Queryable, kind: TranslatableKind, id: string): Promise<Translation[]> {
  const r = await db.query<TranslationRow>(`SELECT * FROM ${kind.table} WHERE ${kind.key} = $1 ORDER BY language`, [
    id,
  ]);
  return r.rows.map(present);
}

/** The translations of many records (for exports), by record id. */
export async function translationsOf(
  db: Queryable,
  kind: TranslatableKind,
  ids: string[],
): Promise<Map<string, Translation[]>> {
  const out = new Map<string, Translation[]>();
  if (!ids.length) return out;
  const r = await db.query<TranslationRow & { record_id: string }>(
    `SELECT *, ${kind.key} AS record_id FROM ${kind.table} WHERE ${kind.key} = ANY($1::text[]) ORDER BY language`,
    [ids],
  );
  for (const row of r.rows) out.set(row.record_id, [...(out.get(row.record_id) ?? []), present(row)]);
  return out;
}

/** One translation, or null. */
export async function findTranslation(
  db: Queryable,
  kind: TranslatableKind,
  id: string,
  language: string,
): Promise<Translation | null> {
  const r = await db.query<TranslationRow>(`SELECT * FROM ${kind.table} WHERE ${kind.key} = $1 AND language = $2`, [
    id,
    language,
  ]);
  return r.rows[0] ? present(r.rows[0]) : null;
}

/** The one translation asked for, or 404 naming the record and language. */
export async function requireTranslation(
  db: Queryable,
  kind: TranslatableKind,
  id: string,
  language: string,
): Promise<Translation> {
  const found = await findTranslation(db, kind, id, language);
  if (!found)
    throw new AppError('not_found', `${kind.label} "${id}" has no translation into "${language}"`, 'language');
  return found;
}

const entityId = (id: string, language: string) => `${id}/${language}`;

/** The next revision number of a translation (it continues after a deletion). */
async function nextVersion(tx: Queryable, kind: TranslatableKind, id: string, language: string): Promise<number> {
  const revisions = await listRevisions(tx, kind.entity, entityId(id, language));
  return Math.max(0, ...revisions.map((r) => r.version)) + 1;
}

/**
 * Creates or replaces a translation inside the caller's transaction (the record's row is locked
 * by the caller) and records the change as a revision. `expectedVersion` guards against
 * overwriting someone else's translation (409).
 */
export async function writeTranslation(
  tx: Queryable,
  kind: TranslatableKind,
  id: string,
  t: { language: string } & TranslationInput,
  author: User | null,
  opts: { expectedVersion?: number | null; action?: string } = {},
): Promise<Translation> {
  const current = (
    await tx.query<{ version: number }>(
      `SELECT version FROM ${kind.table} WHERE ${kind.key} = $1 AND language = $2 FOR UPDATE`,
      [id, t.language],
    )
  ).rows[0];
  if (current && typeof opts.expectedVersion === 'number' && opts.expectedVersion !== current.version)
    throw versionConflict('translation', current.version, opts.expectedVersion);
  const version = await nextVersion(tx, kind, id, t.language);
  const r = await tx.query<TranslationRow>(
    `INSERT INTO ${kind.table} (${kind.key}, language, fields, kind, translator_id, source, note, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (${kind.key}, language) DO UPDATE SET fields = EXCLUDED.fields, kind = EXCLUDED.kind,
       translator_id = EXCLUDED.translator_id, source = EXCLUDED.source, note = EXCLUDED.note,
       version = EXCLUDED.version, updated_at = now()
     RETURNING *`,
    [id, t.language, JSON.stringify(t.fields), t.kind, author?.id ?? null, t.source, t.note, version],
  );
  const saved = present(r.rows[0]!); // INSERT … RETURNING yields the row
  await recordRevision(tx, {
    entityType: kind.entity,
    entityId: entityId(id, t.language),
    version,
    action: opts.action ?? (current ? 'update' : 'create'),
    status: 'published',
    record: { language: t.language, fields: t.fields, kind: t.kind, source: t.source, note: t.note },
    author,
  });
  return saved;
}

/** Deletes a translation inside the caller's transaction (404 when there is none) and records it. */
export async function deleteTranslation(
  tx: Queryable,
  kind: TranslatableKind,
  id: string,
  language: string,
  author: User | null,
): Promise<void> {
  const r = await tx.query(`DELETE FROM ${kind.table} WHERE ${kind.key} = $1 AND language = $2 RETURNING language`, [
    id,
    language,
  ]);
  if (!r.rows.length) throw notFound(`Translation into "${language}" of ${kind.label.toLowerCase()}`, id);
  await recordRevision(tx, {
    entityType: kind.entity,
    entityId: entityId(id, language),
    version: await nextVersion(tx, kind, id, language),
    action: 'delete',
    status: 'deleted',
    record: {},
    author,
  });
}

/** Replaces every translation of a record with these (the data set import), inside its transaction. */
export async function replaceTranslations(
  tx: Queryable,
  kind: TranslatableKind,
  id: string,
  translations: ({ language: string } & TranslationInput)[],
): Promise<void> {
  const keep = translations.map((t) => t.language);
  const gone = await tx.query<{ language: string }>(
    `SELECT language FROM ${kind.table} WHERE ${kind.key} = $1 AND NOT (language = ANY($2::text[]))`,
    [id, keep],
  );
  for (const { language } of gone.rows) await deleteTranslation(tx, kind, id, language, null);
  for (const t of translations) await writeTranslation(tx, kind, id, t, null, { action: 'import' });
}

/** The texts of a record in the reader's language: the translated fields over the original's, and which were translated. */
export function overlayTranslation<R extends object>(
  record: R,
  translation: Translation | null,
): { record: R; translated: Set<string> } {
  if (!translation) return { record, translated: new Set() };
  return {
    record: { ...record, ...translation.fields },
    translated: new Set(Object.keys(translation.fields)),
  };
}

/** A translation as a data set file carries it, inside its record. */
export type DatasetTranslation = { language: string } & TranslationInput;

/**
 * The `translations` of a record in a data set file: absent (the stored ones are kept), or a list
 * of translations (they replace the stored ones), each validated as the API validates it.
 */
export function parseDatasetTranslations(
  kind: TranslatableKind,
  raw: unknown,
  original: string,
): DatasetTranslation[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw))
    throw validationError([{ field: 'translations', message: 'must be a list of translations' }]);
  const seen = new Set<string>();
  return raw.map((entry: unknown, i) => {
    const at = `translations.${i}`;
    const { language, ...rest } = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
    const t = parseTranslation(kind, language, rest, original, at);
    if (seen.has(t.language))
      throw validationError([{ field: `${at}.language`, message: `repeats the translation into "${t.language}"` }]);
    seen.add(t.language);
    return t;
  });
}

/** Splits a data set entry into the record's own fields and its `translations`. */
export function withoutTranslations(raw: unknown): { record: unknown; translations: unknown } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { record: raw, translations: undefined };
  const { translations, ...record } = raw as Record<string, unknown>;
  return { record, translations };
}

/** Records as a data set file carries them: each with its `translations` when it has any. */
export async function withDatasetTranslations<R extends { id: string }>(
  db: Queryable,
  kind: TranslatableKind,
  rows: { record: R; status: string }[],
): Promise<{ record: R & { translations?: DatasetTranslation[] }; status: string }[]> {
  const stored = await translationsOf(
    db,
    kind,
    rows.map((x) => x.record.id),
  );
  return rows.map(({ record, status }) => {
    const list = stored
      .get(record.id)
      ?.map((t) => ({ language: t.language, kind: t.kind, source: t.source, note: t.note, fields: t.fields }));
    return { record: list ? { ...record, translations: list } : record, status };
  });
}
