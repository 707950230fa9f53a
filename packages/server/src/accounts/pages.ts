import type { FastifyPluginAsync } from 'fastify';
import { signInPage } from '@convivio/web';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { SESSION_COOKIE, sessionCookieOptions } from './auth.ts';
import { limitSignInAttempts } from './sign-in-limit.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formBody, text } from '../web/form-body.ts';
import { queryText, safeNext, seeOther } from '../web/page-helpers.ts';
import { zSignInRequest } from './schema.ts';
import { signIn, signOut } from './service.ts';
import { storedLanguage } from './language.ts';
import { setLanguageCookie } from './language-pages.ts';

/** The sign-in form (rate-limited like POST /api/v1/auth/sign-in) and signing out. */
export function accountPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/sign-in', async (request, reply) => {
      const page = pageContext(request);
      const next = safeNext(queryText(request, 'next'));
      return sendPage(
        reply,
        page,
        page.t('signIn.title'),
        signInPage(page, { state: { values: {}, errors: {} }, next }),
        { scripts: ['/static/form.js'] },
      );
    });

    app.post('/sign-in', async (request, reply) => {
      const page = pageContext(request);
      const body = formBody(request.body);
      const next = safeNext(text(body, 'next'));
      const values = { email: text(body, 'email') };
      const show = (status: number, errors: Record<string, string>, failure: string | null) =>
        sendPage(reply, page, page.t('signIn.title'), signInPage(page, { state: { values, errors }, next, failure }), {
          status,
          scripts: ['/static/form.js'],
        });
      const parsed = zSignInRequest.safeParse({ email: text(body, 'email'), password: text(body, 'password') });
      if (!parsed.success) {
        const errors: Record<string, string> = {};
        for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
        return show(400, errors, null);
      }
      try {
        await limitSignInAttempts(ctx.db, request.ip, parsed.data.email, ctx.config.signInLimitPerMinute);
        const grant = await signIn(ctx.db, parsed.data.email, parsed.data.password);
        reply.setCookie(SESSION_COOKIE, grant.token, { ...sessionCookieOptions(ctx.config), expires: grant.expiresAt });
        const language = await storedLanguage(ctx.db, grant.user.id);
        if (language) setLanguageCookie(reply, ctx.config, language);
        return seeOther(reply, next);
      } catch (err) {
        if (err instanceof AppError && err.code === 'invalid_credentials')
          return show(401, {}, page.t('signIn.failed'));
        if (err instanceof AppError && err.code === 'rate_limited') return show(429, {}, page.t('signIn.rateLimited'));
        if (err instanceof AppError && err.code === 'email_unverified')
          return show(403, {}, page.t('signIn.unverified'));
        if (err instanceof AppError && err.code === 'forbidden') return show(403, {}, page.t('signIn.disabled'));
        throw err;
      }
    });

    app.post('/sign-out', async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await signOut(ctx.db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return seeOther(reply, '/');
    });
  };
}
