import type { FastifyRequest } from 'fastify';
import { knownLanguage } from './language.ts';

/**
 * The language the address itself names (`?lang=`), or null. A page reached through such an
 * address keeps it: its links, forms and redirects carry it (see `carryLanguage`), so a visitor
 * who follows a shared `?lang=ar` address stays in Arabic without the visitor's own choice (the
 * switcher's cookie, the account's language) being changed.
 */
export function addressLanguage(request: FastifyRequest): string | null {
  const query = request.query as Record<string, unknown> | undefined;
  return knownLanguage(Array.isArray(query?.lang) ? (query.lang as unknown[])[0] : query?.lang);
}

/** Same-origin page addresses only: not another site, the API, static files, fragments or mail links. */
const isPageAddress = (url: string): boolean =>
  url.startsWith('/') && !url.startsWith('//') && !/^\/(?:static|api)(?:[/?#]|$)/.test(url);

/** An address with `lang=` added (before its fragment), unless it names a language already. `amp` is the separator already in use. */
export function withLanguage(url: string, lang: string, amp = '&'): string {
  if (!isPageAddress(url)) return url;
  const hashAt = url.indexOf('#');
  const [base, hash] = hashAt < 0 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  const queryAt = base.indexOf('?');
  if (queryAt >= 0 && /(?:^|&|&amp;)lang=/.test(base.slice(queryAt + 1))) return url;
  return `${base}${queryAt < 0 ? '?' : amp}lang=${encodeURIComponent(lang)}${hash}`;
}

/** A redirect's address keeping the language the request's address named. */
export function keepAddressLanguage(request: FastifyRequest, url: string): string {
  const lang = addressLanguage(request);
  return lang ? withLanguage(url, lang) : url;
}

const setAttribute = (tag: string, name: string, lang: string): string =>
  tag.replace(
    new RegExp(`(\\s${name}=")([^"]*)(")`),
    (_m, open: string, url: string, close: string) => `${open}${withLanguage(url, lang, '&amp;')}${close}`,
  );

/**
 * A rendered page whose same-origin links and forms keep the language: `<a href>` and the
 * `action` of POST forms get `lang=`; GET forms (whose action's query the browser drops) get a
 * hidden `lang` field. `<link>` elements (the hreflang alternates) are left as they are.
 */
export function carryLanguage(page: string, lang: string): string {
  const hidden = `<input type="hidden" name="lang" value="${encodeURIComponent(lang)}" />`;
  return page
    .replace(/<a\s[^>]*>/g, (tag) => setAttribute(tag, 'href', lang))
    .replace(/(<form\s[^>]*>)([\s\S]*?<\/form>)/g, (_m, tag: string, rest: string) => {
      if (/\smethod="post"/i.test(tag)) return `${setAttribute(tag, 'action', lang)}${rest}`;
      return /\sname="lang"/.test(rest) ? `${tag}${rest}` : `${tag}${hidden}${rest}`;
    });
}
