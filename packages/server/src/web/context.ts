import type { FastifyReply, FastifyRequest } from 'fastify';
import { LANGUAGES, layout, translator, type PageContext, type SafeHtml } from '@convivio/web';

/**
 * The interface language: ?lang when the catalogue has it, else the first language of
 * Accept-Language the catalogue has, else English (so the page's lang attribute never
 * claims a language its text is not in).
 */
export function pageLanguage(request: FastifyRequest): string {
  const available = LANGUAGES();
  const query = request.query as Record<string, unknown> | undefined;
  if (typeof query?.lang === 'string' && available.includes(query.lang)) return query.lang;
  const accepted = String(request.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase())
    .filter(Boolean);
  return accepted.find((l) => available.includes(l)) ?? 'en';
}

/** The viewer's page context: language (from ?lang or Accept-Language, English by default), user, CSRF token. */
export function pageContext(request: FastifyRequest): PageContext {
  const lang = pageLanguage(request);
  return {
    t: translator(lang),
    lang,
    user: request.user ? { name: request.user.name, role: request.user.role, cityId: request.user.cityId } : null,
    csrfToken: request.csrfToken,
    path: request.url.split('?', 1)[0] ?? request.url,
  };
}

/** Sends a full HTML page. */
export function sendPage(
  reply: FastifyReply,
  ctx: PageContext,
  title: string,
  body: SafeHtml,
  opts: { status?: number; scripts?: string[]; styles?: string[] } = {},
): FastifyReply {
  return reply
    .status(opts.status ?? 200)
    .type('text/html; charset=utf-8')
    .send(layout(ctx, title, body, { scripts: opts.scripts, styles: opts.styles }));
}
