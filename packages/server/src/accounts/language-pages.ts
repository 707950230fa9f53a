import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { formBody, text } from '../web/form-body.ts';
import { knownLanguage, LANGUAGE_COOKIE, withoutLanguage } from '../web/language.ts';
import { safeNext } from '../web/page-helpers.ts';
import { storeLanguage } from './language.ts';

/** The language cookie: a year, readable by the server only. */
export function setLanguageCookie(reply: FastifyReply, config: { cookieSecure: boolean }, lang: string): void {
  reply.setCookie(LANGUAGE_COOKIE, lang, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    maxAge: 365 * 24 * 3600,
  });
}

/**
 * The language switcher's form (`POST /language`, every page's header): the choice is kept in a
 * cookie and, for a signed-in user, in their account; then back to the page, in the new language.
 */
export function languagePages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.post('/language', async (request, reply) => {
      const body = formBody(request.body);
      const lang = knownLanguage(text(body, 'lang'));
      if (!lang) throw new AppError('validation_failed', 'Choose one of the languages offered', 'lang');
      setLanguageCookie(reply, ctx.config, lang);
      if (request.user) await storeLanguage(ctx.db, request.user.id, lang);
      // Not seeOther: the new choice replaces the language the switcher's page address named.
      return reply.redirect(withoutLanguage(safeNext(text(body, 'next'))), 303);
    });
  };
}
