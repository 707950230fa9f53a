import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { editorRequestsPage, userEditPage, usersPage, type FormState } from '@convivio/web';
import { ROLES } from '@convivio/shared';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { issuesOf } from '../web/form-errors.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formBody, text } from '../web/form-body.ts';
import { queryText, safeNext, seeOther } from '../web/page-helpers.ts';
import { findAdminUser, searchUsers, updateUser } from './admin-users.ts';
import { cityOptions } from './city-options.ts';
import { decideEditorRequest, listEditorRequests } from './editor-requests.ts';
import { assertCan } from './policy.ts';

const USER_NOTICES: Record<string, string> = {
  saved: 'users.saved',
  disabled: 'users.disabledNotice',
  enabled: 'users.enabledNotice',
};
const REQUEST_NOTICES: Record<string, string> = {
  approved: 'editorRequests.approved',
  refused: 'editorRequests.refused',
};

/** The administrators' users list and account page, and the editor requests waiting for an answer. */
export function adminUserPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    /** The notice of `?notice=…&who=<id>`, naming that account. */
    const userNotice = async (request: FastifyRequest): Promise<string | null> => {
      const key = USER_NOTICES[queryText(request, 'notice')];
      const who = queryText(request, 'who');
      if (!key || !who) return null;
      const u = await findAdminUser(ctx.db, request.user, who).catch(() => null);
      return u ? pageContext(request).t(key, { name: u.name }) : null;
    };

    app.get('/admin/users', async (request, reply) => {
      assertCan(request.user, 'accounts.manage', null, 'manage accounts');
      const page = pageContext(request);
      const query = {
        q: queryText(request, 'q'),
        role: queryText(request, 'role'),
        cityId: queryText(request, 'cityId'),
      };
      const pageNo = queryText(request, 'page') || '1';
      const found = await searchUsers(ctx.db, request.user, {
        q: query.q || undefined,
        role: (ROLES as readonly string[]).includes(query.role) ? query.role : undefined,
        cityId: query.cityId || undefined,
        page: /^\d{1,5}$/.test(pageNo) && Number(pageNo) >= 1 ? pageNo : '1',
      });
      const { cities, cityName } = await cityOptions(ctx.db);
      return sendPage(
        reply,
        page,
        page.t('users.title'),
        usersPage(page, { ...found, query, cities, cityName, notice: await userNotice(request), roles: ROLES }),
      );
    });

    const showUser = async (
      request: FastifyRequest<{ Params: { id: string } }>,
      reply: FastifyReply,
      form?: FormState,
      failure: string | null = null,
      status = 200,
    ) => {
      const user = await findAdminUser(ctx.db, request.user, request.params.id);
      const page = pageContext(request);
      const { cities } = await cityOptions(ctx.db);
      const state = form ?? { values: { role: user.role, cityId: user.cityId ?? '' }, errors: {} };
      return sendPage(
        reply,
        page,
        page.t('users.edit', { name: user.name }),
        userEditPage(page, { user, form: state, cities, roles: ROLES, failure }),
        { status },
      );
    };

    app.get<{ Params: { id: string } }>('/admin/users/:id', (request, reply) => showUser(request, reply));

    app.post<{ Params: { id: string } }>('/admin/users/:id', async (request, reply) => {
      const body = formBody(request.body);
      const values = { role: text(body, 'role'), cityId: text(body, 'cityId') };
      try {
        await updateUser(ctx.db, request.user, request.params.id, { role: values.role, cityId: values.cityId || null });
        return seeOther(reply, `/admin/users?notice=saved&who=${encodeURIComponent(request.params.id)}`);
      } catch (err) {
        if (!(err instanceof AppError) || !['validation_failed', 'conflict'].includes(err.code)) throw err;
        const errors: Record<string, string> = {};
        for (const issue of issuesOf(err)) if (issue.field in values) errors[issue.field] ??= issue.message;
        return showUser(
          request,
          reply,
          { values, errors },
          Object.keys(errors).length ? null : err.message,
          err.status,
        );
      }
    });

    for (const action of ['disable', 'enable'] as const) {
      app.post<{ Params: { id: string } }>(`/admin/users/:id/${action}`, async (request, reply) => {
        try {
          await updateUser(ctx.db, request.user, request.params.id, { disabled: action === 'disable' });
        } catch (err) {
          if (err instanceof AppError && err.code === 'conflict')
            return showUser(request, reply, undefined, err.message, 409);
          throw err;
        }
        const back = new URL(safeNext(text(formBody(request.body), 'back') || '/admin/users'), 'http://x');
        back.searchParams.set('notice', `${action}d`);
        back.searchParams.set('who', request.params.id);
        return seeOther(reply, `${back.pathname}${back.search}`);
      });
    }

    app.get('/admin/editor-requests', async (request, reply) => {
      assertCan(request.user, 'editorRequests.decide', null, 'decide on editor requests');
      const page = pageContext(request);
      const { cityName } = await cityOptions(ctx.db);
      const key = REQUEST_NOTICES[queryText(request, 'notice')];
      const requests = await listEditorRequests(ctx.db, { status: 'pending' });
      return sendPage(
        reply,
        page,
        page.t('editorRequests.title'),
        editorRequestsPage(page, { requests, cityName, notice: key ? page.t(key) : null }),
      );
    });

    for (const decision of ['approve', 'refuse'] as const) {
      app.post<{ Params: { id: string } }>(`/admin/editor-requests/:id/${decision}`, async (request, reply) => {
        await decideEditorRequest(ctx.db, request.user, request.params.id, { decision });
        return seeOther(reply, `/admin/editor-requests?notice=${decision === 'approve' ? 'approved' : 'refused'}`);
      });
    }
  };
}
