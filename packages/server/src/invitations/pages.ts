import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  accessFormPage,
  accessMessagePage,
  invitationsPage,
  LANGUAGES,
  languageMeta,
  type FieldOptions,
} from '@convivio/web';
import { can } from '../accounts/policy.ts';
import { citiesByName } from '../cities/service.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { siteIdentity } from '../http/site-identity.ts';
import { pageContext, pageLanguage, sendPage } from '../web/context.ts';
import { formBody, text } from '../web/form-body.ts';
import { issuesOf } from '../web/form-errors.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import {
  acceptInvitation,
  createInvitation,
  invitationOfToken,
  revokeInvitation,
  visibleInvitations,
} from './service.ts';

const SCRIPTS = ['/static/form.js'];
const LINK_ERRORS = new Set(['not_found', 'link_used', 'link_expired']);

/** Inviting editors (/invitations), withdrawing an invitation, and accepting one by its link. */
export function invitationPages(ctx: AppContext): FastifyPluginAsync {
  const { db } = ctx;
  return async (app) => {
    async function manage(
      request: FastifyRequest,
      reply: FastifyReply,
      opts: {
        errors?: Record<string, string>;
        failure?: string | null;
        status?: number;
        values?: Record<string, string>;
      } = {},
    ) {
      const user = requireSignedIn(request);
      const page = pageContext(request);
      const { t } = page;
      const items = await visibleInvitations(db, user);
      const admin = can(user, 'invitations.seeAll', null);
      const sent = queryText(request, 'sent');
      const notice =
        queryText(request, 'notice') === 'revoked'
          ? t('invitations.revoked')
          : sent
            ? t('invitations.sent', { email: sent })
            : null;
      const body = invitationsPage(page, {
        form: {
          title: t('invitations.title'),
          intro: t('invitations.intro'),
          action: '/invitations',
          fields: [
            { name: 'email', label: t('invitations.email'), type: 'email', required: true, autocomplete: 'off' },
          ],
          state: { values: { language: page.lang, ...opts.values }, errors: opts.errors ?? {} },
          button: t('invitations.button'),
          failure: opts.failure ?? null,
          notice,
        },
        cities: admin ? await citiesByName(db) : null,
        languages: LANGUAGES().map((code) => ({ value: code, label: languageMeta(code).name })),
        items,
      });
      return sendPage(reply, page, t('invitations.title'), body, { status: opts.status ?? 200, scripts: SCRIPTS });
    }

    app.get('/invitations', async (request, reply) => manage(request, reply));

    app.post('/invitations', async (request, reply) => {
      const user = requireSignedIn(request);
      const body = formBody(request.body);
      const values = {
        email: text(body, 'email'),
        cityId: text(body, 'cityId') || (user.cityId ?? ''),
        language: text(body, 'language') || pageLanguage(request),
      };
      try {
        const made = await createInvitation(ctx, siteIdentity(ctx.config, request), user, values);
        return seeOther(reply, `/invitations?sent=${encodeURIComponent(made.email)}`);
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'validation_failed') throw err;
        const errors: Record<string, string> = {};
        for (const i of issuesOf(err)) errors[i.field] ??= i.message;
        return manage(request, reply, { errors, values, status: 400 });
      }
    });

    app.post('/invitations/:id/revoke', async (request, reply) => {
      await revokeInvitation(db, requireSignedIn(request), (request.params as { id: string }).id);
      return seeOther(reply, '/invitations?notice=revoked');
    });

    const tokenOf = (request: FastifyRequest) => (request.params as { token: string }).token;

    function failed(request: FastifyRequest, reply: FastifyReply, err: AppError) {
      const page = pageContext(request);
      const title = page.t('link.failed.title');
      return sendPage(
        reply,
        page,
        title,
        accessMessagePage(page, { title, text: err.message, links: [['/', page.t('error.home')]], alert: true }),
        { status: err.status },
      );
    }

    async function acceptForm(
      request: FastifyRequest,
      reply: FastifyReply,
      state: { values: Record<string, string>; errors: Record<string, string> },
      status = 200,
      failure: string | null = null,
    ) {
      const page = pageContext(request);
      const { t } = page;
      const inv = await invitationOfToken(db, tokenOf(request));
      const fields: FieldOptions[] = inv.newAccount
        ? [
            { name: 'name', label: t('invitation.name'), required: true, autocomplete: 'name' },
            {
              name: 'password',
              label: t('invitation.password'),
              type: 'password',
              required: true,
              autocomplete: 'new-password',
              hint: t('signUp.passwordHint'),
              minlength: 10,
            },
          ]
        : [];
      const title = t('invitation.title', { city: inv.cityName });
      const intro = inv.newAccount
        ? t('invitation.intro', { city: inv.cityName, email: inv.email })
        : t('invitation.existing', { city: inv.cityName, email: inv.email });
      return sendPage(
        reply,
        page,
        title,
        accessFormPage(page, {
          title,
          intro,
          action: page.path,
          fields,
          state,
          button: t('invitation.button'),
          failure,
        }),
        { status, scripts: SCRIPTS },
      );
    }

    app.get('/invitations/:token', async (request, reply) => {
      try {
        return await acceptForm(request, reply, { values: {}, errors: {} });
      } catch (err) {
        if (err instanceof AppError && LINK_ERRORS.has(err.code)) return failed(request, reply, err);
        throw err;
      }
    });

    app.post('/invitations/:token', async (request, reply) => {
      const body = formBody(request.body);
      const name = text(body, 'name');
      const password = text(body, 'password');
      try {
        const invited = await invitationOfToken(db, tokenOf(request));
        const done = await acceptInvitation(
          db,
          { token: tokenOf(request), name: name || undefined, password: password || undefined },
          pageLanguage(request),
        );
        const page = pageContext(request);
        const inv = { city: invited.cityName, email: done.email };
        const title = page.t('invitation.done.title', inv);
        const textLine = page.t(done.created ? 'invitation.done.created' : 'invitation.done.attached', inv);
        return sendPage(
          reply,
          page,
          title,
          accessMessagePage(page, { title, text: textLine, links: [['/sign-in', page.t('verify.signIn')]] }),
        );
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        if (LINK_ERRORS.has(err.code)) return failed(request, reply, err);
        if (err.code !== 'validation_failed' && err.code !== 'conflict') throw err;
        const errors: Record<string, string> = {};
        const general: string[] = [];
        for (const i of issuesOf(err)) {
          if (i.field === 'name' || i.field === 'password') errors[i.field] ??= i.message;
          else general.push(i.message);
        }
        return acceptForm(request, reply, { values: { name }, errors }, err.status, general.join(' ') || null);
      }
    });
  };
}
