import type { FastifyReply, FastifyRequest } from 'fastify';
import { layout, translator, type PageContext, type SafeHtml } from '@convivio/web';

/** The viewer's page context: language (from ?lang or Accept-Language, English by default), user, CSRF token. */
export function pageContext(request: FastifyRequest): PageContext {
  const query = request.query as Record<string, unknown> | undefined;
  const lang = typeof query?.lang === 'string' && /^[a-z]{2}$/.test(query.lang) ? query.lang : 'en';
  return {
    t: translator(lang), lang,
    user: request.user ? { name: request.user.name, role: request.user.role, cityId: request.user.cityId } : null,
    csrfToken: request.csrfToken, path: request.url.split('?')[0],
  };
}

/** Sends a full HTML page. */
export function sendPage(reply: FastifyReply, ctx: PageContext, title: string, body: SafeHtml, opts: { status?: number; scripts?: string[] } = {}): FastifyReply {
  return reply.status(opts.status ?? 200).type('text/html; charset=utf-8').send(layout(ctx, title, body, { scripts: opts.scripts }));
}
