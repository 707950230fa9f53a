import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { deleteOwnAccount } from './account-deletion.ts';
import { exportAccount } from './account-export.ts';
import { endAccountSession, endOtherSessions, listAccountSessions } from './account-sessions.ts';
import { SESSION_COOKIE } from './auth.ts';
import { zAccountSession, zDeleteAccountRequest, zPersonalDataExport } from './members-schema.ts';
import { assertCan } from './policy.ts';
import type { FastifyRequest } from 'fastify';

const tags = ['accounts'];

/** The session making the request, when it is made with one (not with an API token). */
export const currentSessionId = (request: FastifyRequest): string | null =>
  request.credential?.kind === 'session' ? request.credential.sessionId : null;

/** The signed-in person's own account: their sessions, everything held about them, deleting it. */
export function ownAccountRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/account/sessions',
      {
        schema: {
          operationId: 'listAccountSessions',
          tags,
          security: SECURITY.required,
          summary: 'Your open sign-in sessions (the one asking is marked current); never their secrets',
          response: { 200: z.object({ items: z.array(zAccountSession) }) },
        },
      },
      async (request) => {
        const me = assertCan(request.user, 'account.own', null, 'see your sessions');
        return { items: await listAccountSessions(ctx.db, me.id, currentSessionId(request)) };
      },
    );

    app.delete(
      '/account/sessions/:id',
      {
        schema: {
          operationId: 'endAccountSession',
          tags,
          security: SECURITY.required,
          summary: 'End one of your sessions (signs that device out)',
          params: z.object({ id: z.string().max(200) }),
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const me = assertCan(request.user, 'account.own', null, 'end a session');
        await endAccountSession(ctx.db, me.id, request.params.id);
        if (request.params.id === currentSessionId(request)) reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.delete(
      '/account/sessions',
      {
        schema: {
          operationId: 'endOtherAccountSessions',
          tags,
          security: SECURITY.required,
          summary: 'Sign out everywhere else: end every session but the one making this request',
          response: { 200: z.object({ ended: z.number().int().describe('How many sessions ended') }) },
        },
      },
      async (request) => {
        const me = assertCan(request.user, 'account.own', null, 'end your sessions');
        return { ended: await endOtherSessions(ctx.db, me.id, currentSessionId(request)) };
      },
    );

    app.get(
      '/account/export',
      {
        schema: {
          operationId: 'exportAccount',
          tags,
          security: SECURITY.required,
          summary: 'Everything the platform holds about you, as one JSON document (a download)',
          response: { 200: zPersonalDataExport },
        },
      },
      async (request, reply) => {
        const me = assertCan(request.user, 'account.own', null, 'download your data');
        reply.header('content-disposition', 'attachment; filename="convivio-my-data.json"');
        return exportAccount(ctx.db, me, currentSessionId(request));
      },
    );

    app.delete(
      '/account',
      {
        schema: {
          operationId: 'deleteAccount',
          tags,
          security: SECURITY.required,
          summary:
            'Delete your account (confirm with your password): personal data is erased, records you wrote stay, by "a former member"',
          errors: [409],
          body: zDeleteAccountRequest,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteOwnAccount(ctx.db, request.user, request.body);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );
  };
}
