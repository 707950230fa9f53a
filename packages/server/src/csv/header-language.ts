import type { FastifyRequest } from 'fastify';
import { LANGUAGES, translator } from '@convivio/web';
import { z } from 'zod';
import { knownLanguage, LANGUAGE_COOKIE, negotiateLanguage } from '../web/language.ts';

/**
 * The query of a CSV export meant for people: `headers=keys` keeps the stable machine header row
 * (for scripts), `headers=labels` asks for the labels; `lang` picks their language.
 */
export const zExportHeadersQuery = z.object({
  headers: z
    .enum(['keys', 'labels'])
    .optional()
    .describe(
      "keys: the stable header row for scripts; labels: column names in the reader's language. Unset: labels when the request names a language (lang, the language cookie, Accept-Language), else keys",
    ),
  lang: z.string().max(20).optional().describe('The language of the header labels'),
});

/**
 * The language a people-facing CSV's header row is written in, or null for the stable keys:
 * keys when asked for (`headers=keys`) or when the request names no language at all (a script
 * sending no Accept-Language); otherwise `?lang`, the language cookie (restored from the
 * account's setting at sign-in), Accept-Language, or English for `headers=labels`.
 */
export function exportHeaderLanguage(request: FastifyRequest): string | null {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const first = (v: unknown) => (Array.isArray(v) ? (v as unknown[])[0] : v);
  const headers = first(query.headers);
  if (headers === 'keys') return null;
  const named =
    knownLanguage(first(query.lang)) ??
    knownLanguage(request.cookies?.[LANGUAGE_COOKIE]) ??
    negotiateLanguage(String(request.headers['accept-language'] ?? ''), LANGUAGES());
  return named ?? (headers === 'labels' ? 'en' : null);
}

/** A header row of stable keys as the labels of `exportHeaders.<file>.<key>` in a language (keys for null). */
export function headerLabels(file: string, keys: readonly string[], lang: string | null): string[] {
  if (lang === null) return [...keys];
  const t = translator(lang);
  return keys.map((key) => t(`exportHeaders.${file}.${key}`));
}

/** CSV text for people starts with a UTF-8 byte order mark (spreadsheets then read accents and scripts right); the keys version stays as it was. */
export const withBom = (text: string, lang: string | null): string => (lang === null ? text : `\uFEFF${text}`);
