import type { FastifyReply, FastifyRequest } from 'fastify';
import { layout, translator, type PageContext, type SafeHtml } from '@convivio/web';
import { pageLanguage, withoutLanguage } from './language.ts';
import { addressLanguage, carryLanguage } from './language-links.ts';

/** The page's language (the user's choice, else Accept-Language, else English). */
export { pageLanguage };

/** The viewer's page context: language (from ?lang or Accept-Language, English by default), user, CSRF token. */
export function pageContext(request: FastifyRequest): PageContext {
  const lang = pageLanguage(request);
  return {
    t: translator(lang),
    lang,
    user: request.user ? { name: request.user.name, role: request.user.role, cityId: request.user.cityId } : null,
    csrfToken: request.csrfToken,
    path: request.url.split('?', 1)[0] ?? request.url,
    address: withoutLanguage(request.url),
  };
}

/** Sends a full HTML page (whose links keep the language its address names, see language-links.ts). */
export function sendPage(
  reply: FastifyReply,
  ctx: PageContext,
  title: string,
  body: SafeHtml,
  opts: { status?: number; scripts?: string[]; styles?: string[] } = {},
): FastifyReply {
  return reply
    .status(opts.status ?? 200)
    .header('vary', 'Accept-Language, Cookie')
    .type('text/html; charset=utf-8')
    .send(keepLanguage(reply, layout(ctx, title, body, { scripts: opts.scripts, styles: opts.styles })));
}

function keepLanguage(reply: FastifyReply, page: string): string {
  const lang = addressLanguage(reply.request);
  return lang ? carryLanguage(page, lang) : page;
}
