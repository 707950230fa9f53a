import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { accessFormPage, accessMessagePage, type AccessFormView, type FieldOptions } from '@convivio/web';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { siteIdentity } from '../http/site-identity.ts';
import { pageContext, pageLanguage, sendPage } from '../web/context.ts';
import { formBody, text, type FormBody } from '../web/form-body.ts';
import { issuesOf } from '../web/form-errors.ts';
import { requireSignedIn } from '../web/page-helpers.ts';
import { checkLink, type LinkPurpose } from './account-links.ts';
import {
  changePassword,
  confirmEmailChange,
  requestEmailChange,
  requestPasswordReset,
  resetPassword,
  signUp,
  verifyEmail,
} from './access-service.ts';
import { MAIL_ACCEPTED } from './access-routes.ts';
import { SESSION_COOKIE } from './auth.ts';
import { limitAttempts } from './sign-in-limit.ts';

const SCRIPTS = ['/static/form.js'];
const tokenOf = (request: FastifyRequest) => (request.params as { token: string }).token;

/** The messages of the forms' own problems: by field, or for the whole form. */
function failureOf(err: AppError, fields: string[]): { errors: Record<string, string>; failure: string | null } {
  const errors: Record<string, string> = {};
  const general: string[] = [];
  for (const issue of issuesOf(err)) {
    if (fields.includes(issue.field)) errors[issue.field] ??= issue.message;
    else general.push(issue.message);
  }
  return { errors, failure: general.length ? general.join(' ') : null };
}

const FORM_ERRORS = new Set(['validation_failed', 'invalid_credentials', 'rate_limited', 'conflict']);

/** Sign-up, address confirmation, forgotten and changed passwords, a new address: the pages. */
export function accessPages(ctx: AppContext): FastifyPluginAsync {
  const { db } = ctx;
  return async (app) => {
    /** Shows a form; on POST runs `act` and shows the form again with its problems when it fails. */
    function form(
      path: string,
      view: (
        request: FastifyRequest,
      ) => Promise<Omit<AccessFormView, 'state' | 'action'>> | Omit<AccessFormView, 'state' | 'action'>,
      act: (request: FastifyRequest, body: FormBody, reply: FastifyReply) => Promise<FastifyReply>,
      opts: { signedIn?: boolean; checkToken?: LinkPurpose } = {},
    ) {
      const render = async (
        request: FastifyRequest,
        reply: FastifyReply,
        state: AccessFormView['state'],
        status = 200,
        failure: string | null = null,
      ) => {
        const page = pageContext(request);
        const v = await view(request);
        return sendPage(reply, page, v.title, accessFormPage(page, { ...v, state, failure, action: page.path }), {
          status,
          scripts: SCRIPTS,
        });
      };
      const guard = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | null> => {
        if (opts.signedIn) requireSignedIn(request);
        if (!opts.checkToken) return null;
        try {
          await checkLink(db, opts.checkToken, tokenOf(request));
          return null;
        } catch (err) {
          return linkFailed(request, reply, err);
        }
      };
      app.get(
        path,
        async (request, reply) => (await guard(request, reply)) ?? render(request, reply, { values: {}, errors: {} }),
      );
      app.post(path, async (request, reply) => {
        const stop = await guard(request, reply);
        if (stop) return stop;
        const body = formBody(request.body);
        try {
          return await act(request, body, reply);
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          if (['not_found', 'link_used', 'link_expired'].includes(err.code)) return linkFailed(request, reply, err);
          if (!FORM_ERRORS.has(err.code)) throw err;
          const fields = (await view(request)).fields.map((f) => f.name);
          const { errors, failure } = failureOf(err, fields);
          const values = Object.fromEntries(fields.filter((f) => !/password/i.test(f)).map((f) => [f, text(body, f)]));
          return render(request, reply, { values, errors }, err.status, failure);
        }
      });
    }

    function message(
      request: FastifyRequest,
      reply: FastifyReply,
      title: string,
      textLine: string,
      links: [string, string][] = [],
      status = 200,
    ) {
      const page = pageContext(request);
      return sendPage(
        reply,
        page,
        title,
        accessMessagePage(page, { title, text: textLine, links, alert: status >= 400 }),
        {
          status,
        },
      );
    }

    function linkFailed(request: FastifyRequest, reply: FastifyReply, err: unknown) {
      if (!(err instanceof AppError)) throw err;
      const { t } = pageContext(request);
      return message(request, reply, t('link.failed.title'), err.message, [['/', t('error.home')]], err.status);
    }

    const field = (name: string, label: string, more: Partial<FieldOptions> = {}): FieldOptions => ({
      name,
      label,
      required: true,
      ...more,
    });

    form(
      '/sign-up',
      (request) => {
        const { t } = pageContext(request);
        return {
          title: t('signUp.title'),
          intro: t('signUp.intro'),
          fields: [
            field('name', t('signUp.name'), { autocomplete: 'name' }),
            field('email', t('signUp.email'), { type: 'email', autocomplete: 'email' }),
            field('password', t('signUp.password'), {
              type: 'password',
              autocomplete: 'new-password',
              hint: t('signUp.passwordHint'),
              minlength: 10,
            }),
          ],
          button: t('signUp.button'),
          links: [['/sign-in', t('signUp.haveAccount')]],
        };
      },
      async (request, body, reply) => {
        const input = { name: text(body, 'name'), email: text(body, 'email'), password: text(body, 'password') };
        await limitAttempts(db, 'sign-up', request.ip, input.email, ctx.config.signInLimitPerMinute);
        await signUp(ctx, siteIdentity(ctx.config, request), input, pageLanguage(request));
        return message(request, reply, pageContext(request).t('signUp.sent.title'), MAIL_ACCEPTED.signUp);
      },
    );

    form(
      '/verify-email/:token',
      async (request) => {
        const { t } = pageContext(request);
        const { email } = await checkLink(db, 'verify_email', tokenOf(request));
        return {
          title: t('verify.title'),
          intro: t('verify.intro', { email }),
          fields: [],
          button: t('verify.button'),
        };
      },
      async (request, _body, reply) => {
        const { email } = await verifyEmail(db, tokenOf(request));
        const { t } = pageContext(request);
        return message(request, reply, t('verify.done.title'), t('verify.done.text', { email }), [
          ['/sign-in', t('verify.signIn')],
        ]);
      },
      { checkToken: 'verify_email' },
    );

    form(
      '/password/forgot',
      (request) => {
        const { t } = pageContext(request);
        return {
          title: t('forgot.title'),
          intro: t('forgot.intro'),
          fields: [field('email', t('forgot.email'), { type: 'email', autocomplete: 'email' })],
          button: t('forgot.button'),
        };
      },
      async (request, body, reply) => {
        const email = text(body, 'email');
        await limitAttempts(db, 'password-reset', request.ip, email, ctx.config.signInLimitPerMinute);
        await requestPasswordReset(ctx, siteIdentity(ctx.config, request), { email });
        return message(request, reply, pageContext(request).t('forgot.sent.title'), MAIL_ACCEPTED.forgot);
      },
    );

    form(
      '/password/reset/:token',
      (request) => {
        const { t } = pageContext(request);
        return {
          title: t('reset.title'),
          fields: [
            field('password', t('reset.password'), {
              type: 'password',
              autocomplete: 'new-password',
              hint: t('signUp.passwordHint'),
              minlength: 10,
            }),
          ],
          button: t('reset.button'),
        };
      },
      async (request, body, reply) => {
        await resetPassword(ctx, siteIdentity(ctx.config, request), {
          token: tokenOf(request),
          password: text(body, 'password'),
        });
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        const { t } = pageContext(request);
        return message(request, reply, t('reset.done.title'), t('reset.done.text'), [['/sign-in', t('verify.signIn')]]);
      },
      { checkToken: 'reset_password' },
    );

    const passwordView = (request: FastifyRequest, done: string | null = null) => {
      const { t } = pageContext(request);
      return {
        title: t('accountPassword.title'),
        notice: done,
        fields: [
          field('currentPassword', t('accountPassword.current'), {
            type: 'password',
            autocomplete: 'current-password',
          }),
          field('password', t('accountPassword.password'), {
            type: 'password',
            autocomplete: 'new-password',
            hint: t('signUp.passwordHint'),
            minlength: 10,
          }),
        ],
        button: t('accountPassword.button'),
        links: [['/account/email', t('accountEmail.title')]] as [string, string][],
      };
    };
    form(
      '/account/password',
      (request) => passwordView(request),
      async (request, body, reply) => {
        const user = requireSignedIn(request);
        const input = { currentPassword: text(body, 'currentPassword'), password: text(body, 'password') };
        await changePassword(
          ctx,
          siteIdentity(ctx.config, request),
          user,
          input,
          request.cookies[SESSION_COOKIE] ?? null,
        );
        const page = pageContext(request);
        const v = passwordView(request, page.t('accountPassword.done'));
        return sendPage(
          reply,
          page,
          v.title,
          accessFormPage(page, { ...v, action: page.path, state: { values: {}, errors: {} } }),
          {
            scripts: SCRIPTS,
          },
        );
      },
      { signedIn: true },
    );

    form(
      '/account/email',
      (request) => {
        const { t } = pageContext(request);
        const user = requireSignedIn(request);
        return {
          title: t('accountEmail.title'),
          intro: t('accountEmail.intro', { email: user.email }),
          fields: [
            field('email', t('accountEmail.email'), { type: 'email', autocomplete: 'email' }),
            field('currentPassword', t('accountEmail.current'), { type: 'password', autocomplete: 'current-password' }),
          ],
          button: t('accountEmail.button'),
          links: [['/account/password', t('account.password')]],
        };
      },
      async (request, body, reply) => {
        const user = requireSignedIn(request);
        const input = { email: text(body, 'email'), currentPassword: text(body, 'currentPassword') };
        await requestEmailChange(ctx, siteIdentity(ctx.config, request), user, input);
        return message(request, reply, pageContext(request).t('signUp.sent.title'), MAIL_ACCEPTED.changeEmail);
      },
      { signedIn: true },
    );

    form(
      '/account/email/confirm/:token',
      async (request) => {
        const { t } = pageContext(request);
        const { email } = await checkLink(db, 'change_email', tokenOf(request));
        return {
          title: t('accountEmail.confirm.title'),
          intro: t('accountEmail.confirm.intro', { email }),
          fields: [],
          button: t('accountEmail.confirm.button'),
        };
      },
      async (request, _body, reply) => {
        const { email } = await confirmEmailChange(ctx, siteIdentity(ctx.config, request), tokenOf(request));
        const { t } = pageContext(request);
        return message(request, reply, t('accountEmail.done.title'), t('accountEmail.done.text', { email }), [
          ['/sign-in', t('verify.signIn')],
        ]);
      },
      { checkToken: 'change_email' },
    );
  };
}
