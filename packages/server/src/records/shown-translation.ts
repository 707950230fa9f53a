import type { FastifyRequest } from 'fastify';
import type { ShownText } from '@convivio/web';
import type { Queryable } from '../db/database.ts';
import { queryText } from '../web/page-helpers.ts';
import { findTranslation, overlayTranslation, type TranslatableKind } from './translations.ts';

/** What a record's page shows: the record with its texts in the reader's language when translated. */
export interface ShownRecord<R> {
  record: R;
  shownText: ShownText | null;
  fieldLang: (field: string) => string;
}

/**
 * The texts a record's page shows in the page's language: the translation into it when there is
 * one (the fields it translates laid over the original's), unless `?original=1` asks for the
 * original, which then links to the translation. `path` is the record's page.
 */
export async function shownTranslation<R extends { id: string; language: string }>(
  db: Queryable,
  kind: TranslatableKind,
  request: FastifyRequest,
  lang: string,
  record: R,
  path: string,
): Promise<ShownRecord<R>> {
  const original: ShownRecord<R> = { record, shownText: null, fieldLang: () => record.language };
  if (lang === record.language) return original;
  const translation = await findTranslation(db, kind, record.id, lang);
  if (!translation) return original;
  const here = `${path}?lang=${encodeURIComponent(lang)}`;
  if (queryText(request, 'original') === '1')
    return {
      ...original,
      shownText: {
        shown: 'original',
        originalLanguage: record.language,
        translationLanguage: lang,
        translationHref: here,
      },
    };
  const { record: shown, translated } = overlayTranslation(record, translation);
  return {
    record: shown,
    fieldLang: (field) => (translated.has(field) ? translation.language : record.language),
    shownText: {
      shown: 'translation',
      language: translation.language,
      originalLanguage: record.language,
      kind: translation.kind,
      source: translation.source,
      note: translation.note,
      originalHref: `${here}&original=1`,
    },
  };
}
