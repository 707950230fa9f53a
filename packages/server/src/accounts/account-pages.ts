import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { accountPage, deleteAccountPage, html, type FormState } from '@convivio/web';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { issuesOf } from '../web/form-errors.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formBody, text } from '../web/form-body.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { deleteOwnAccount } from './account-deletion.ts';
import { currentSessionId } from './account-routes.ts';
import { endAccountSession, endOtherSessions, listAccountSessions } from './account-sessions.ts';
import { SESSION_COOKIE } from './auth.ts';
import { cityOptions } from './city-options.ts';
import { createEditorRequest, listEditorRequests } from './editor-requests.ts';
import { can } from './policy.ts';

const NOTICES: Record<string, string> = {
  ended: 'account.sessions.ended',
  endedOthers: 'account.sessions.endedOthers',
  asked: 'editorRequest.sent',
};

const emptyForm = (): FormState => ({ values: {}, errors: {} });

/** A form's problems by field, from a service's error. */
function formErrors(err: AppError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issuesOf(err)) errors[issue.field] ??= issue.message;
  return errors;
}

/** "My account" (details, sessions, data download, editor request) and deleting the account. */
export function accountSelfPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const show = async (request: FastifyRequest, reply: FastifyReply, requestForm = emptyForm(), status = 200) => {
      const me = requireSignedIn(request);
      const page = pageContext(request);
      const { cities, cityName } = await cityOptions(ctx.db);
      const notice = NOTICES[queryText(request, 'notice')];
      const view = {
        account: { name: me.name, email: me.email, role: me.role, cityId: me.cityId },
        cityName,
        sessions: await listAccountSessions(ctx.db, me.id, currentSessionId(request)),
        editorRequest: can(me, 'editorRequest.create', null)
          ? { form: requestForm, cities, requests: await listEditorRequests(ctx.db, { userId: me.id }) }
          : null,
        isAdmin: can(me, 'accounts.manage', null),
        notice: notice ? page.t(notice) : null,
      };
      return sendPage(reply, page, page.t('account.title'), accountPage(page, view), { status });
    };

    app.get('/account', (request, reply) => show(request, reply));

    app.post<{ Params: { id: string } }>('/account/sessions/:id/end', async (request, reply) => {
      const me = requireSignedIn(request);
      await endAccountSession(ctx.db, me.id, request.params.id);
      if (request.params.id === currentSessionId(request)) {
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return seeOther(reply, '/');
      }
      return seeOther(reply, '/account?notice=ended');
    });

    app.post('/account/sessions/end-others', async (request, reply) => {
      const me = requireSignedIn(request);
      await endOtherSessions(ctx.db, me.id, currentSessionId(request));
      return seeOther(reply, '/account?notice=endedOthers');
    });

    app.post('/account/editor-request', async (request, reply) => {
      const body = formBody(request.body);
      const values = { cityId: text(body, 'cityId'), reason: text(body, 'reason') };
      try {
        await createEditorRequest(ctx.db, request.user, values);
        return seeOther(reply, '/account?notice=asked');
      } catch (err) {
        if (!(err instanceof AppError) || !['validation_failed', 'conflict'].includes(err.code)) throw err;
        return show(request, reply, { values, errors: formErrors(err) }, err.status);
      }
    });

    const showDelete = (
      request: FastifyRequest,
      reply: FastifyReply,
      form: FormState,
      blocked: string | null,
      status = 200,
    ) => {
      requireSignedIn(request);
      const page = pageContext(request);
      return sendPage(reply, page, page.t('account.delete'), deleteAccountPage(page, { form, blocked }), { status });
    };

    app.get('/account/delete', (request, reply) => showDelete(request, reply, emptyForm(), null));

    app.post('/account/delete', async (request, reply) => {
      try {
        await deleteOwnAccount(ctx.db, request.user, { password: text(formBody(request.body), 'password') });
      } catch (err) {
        if (!(err instanceof AppError) || !['validation_failed', 'conflict'].includes(err.code)) throw err;
        const form = { values: {}, errors: err.code === 'validation_failed' ? formErrors(err) : {} };
        return showDelete(request, reply, form, err.code === 'conflict' ? err.message : null, err.status);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      const page = { ...pageContext(request), user: null, csrfToken: null };
      return sendPage(reply, page, page.t('account.delete.done'), deleteDone(page.t('account.delete.done')));
    });
  };
}

const deleteDone = (message: string) => html`<h1>${message}</h1>`;
