import type { FastifyRequest } from 'fastify';
import { LANGUAGES } from '@convivio/web';

/** The cookie holding the visitor's chosen interface language. */
export const LANGUAGE_COOKIE = 'convivio_lang';

/** Tags some browsers send for a language the interface names otherwise (Dari is `fa-AF` here). */
const ALIASES: Record<string, string> = { prs: 'fa-AF', 'fa-af': 'fa-AF' };

/** The language ranges of an Accept-Language header, most preferred first (q=0 and malformed ranges dropped). */
export function acceptedLanguages(header: string): string[] {
  const ranges: { tag: string; q: number; at: number }[] = [];
  header.split(',').forEach((part, at) => {
    const [tag = '', ...params] = part.split(';').map((s) => s.trim());
    if (!/^(?:\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)$/.test(tag)) return;
    const qParam = params.find((p) => /^q=/i.test(p));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (Number.isFinite(q) && q > 0 && q <= 1) ranges.push({ tag, q, at });
  });
  return ranges.sort((a, b) => b.q - a.q || a.at - b.at).map((r) => r.tag);
}

/** The interface language a tag names: itself, an alias, or the language with the same primary subtag (fr-BE → fr). */
export function matchLanguage(tag: string, available: readonly string[]): string | null {
  const lower = tag.toLowerCase();
  const alias = ALIASES[lower];
  if (alias && available.includes(alias)) return alias;
  const exact = available.find((code) => code.toLowerCase() === lower);
  if (exact) return exact;
  const primary = lower.split('-')[0];
  return available.find((code) => code.toLowerCase().split('-')[0] === primary) ?? null;
}

/** The first language of an Accept-Language header the interface has, or null. */
export function negotiateLanguage(header: string, available: readonly string[]): string | null {
  for (const tag of acceptedLanguages(header)) {
    if (tag === '*') return null;
    const found = matchLanguage(tag, available);
    if (found) return found;
  }
  return null;
}

/** An interface language code given in a query or a form, or null when the interface has no such language. */
export function knownLanguage(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 20 ? matchLanguage(value, LANGUAGES()) : null;
}

/**
 * The page's language: the address's `?lang=` (every page has one address per language), else the
 * visitor's choice (the cookie the language switcher sets; for signed-in users it is restored from
 * their account when they sign in), else the first language of Accept-Language the interface has,
 * else English.
 */
export function pageLanguage(request: FastifyRequest): string {
  const query = request.query as Record<string, unknown> | undefined;
  const fromQuery = Array.isArray(query?.lang) ? (query.lang as unknown[])[0] : query?.lang;
  return (
    knownLanguage(fromQuery) ??
    knownLanguage(request.cookies?.[LANGUAGE_COOKIE]) ??
    negotiateLanguage(String(request.headers['accept-language'] ?? ''), LANGUAGES()) ??
    'en'
  );
}

/** The address without its `lang` parameter (what the language links and the switcher build on). */
export function withoutLanguage(url: string): string {
  const parsed = new URL(url, 'http://convivio.invalid');
  parsed.searchParams.delete('lang');
  return `${parsed.pathname}${parsed.search}`;
}
