import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { SESSION_COOKIE, sessionCookieOptions } from './auth.ts';
import { assertCan } from './policy.ts';
import { limitSignInAttempts } from './sign-in-limit.ts';
import { zCreateUserRequest, zSessionResponse, zSignInRequest, zUser } from './schema.ts';
import { createUser, listUsers, signIn, signOut } from './service.ts';
import { apiTokenRoutes } from './token-routes.ts';

/** Sign in and out, the current session, and account administration. */
export function accountRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const cookieOptions = sessionCookieOptions(ctx.config);
    await app.register(apiTokenRoutes(ctx));

    app.post(
      '/auth/sign-in',
      {
        schema: {
          operationId: 'signIn',
          tags: ['accounts'],
          summary: 'Sign in with email and password',
          security: SECURITY.none,
          errors: [401, 429],
          body: zSignInRequest,
          response: { 200: zSessionResponse },
        },
      },
      async (request, reply) => {
        await limitSignInAttempts(ctx.db, request.ip, request.body.email, ctx.config.signInLimitPerMinute);
        const grant = await signIn(ctx.db, request.body.email, request.body.password);
        reply.setCookie(SESSION_COOKIE, grant.token, { ...cookieOptions, expires: grant.expiresAt });
        return { user: grant.user, csrfToken: grant.csrfToken };
      },
    );

    app.post(
      '/auth/sign-out',
      {
        schema: {
          operationId: 'signOut',
          tags: ['accounts'],
          summary: 'Sign out',
          security: SECURITY.optional,
          response: { 204: z.null().describe('Signed out; the session cookie is cleared') },
        },
      },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await signOut(ctx.db, token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/session',
      {
        schema: {
          operationId: 'getSession',
          tags: ['accounts'],
          summary: 'The signed-in user and the CSRF token for writes',
          response: { 200: zSessionResponse },
        },
      },
      async (request) => ({ user: request.user, csrfToken: request.csrfToken }),
    );

    app.get(
      '/users',
      {
        schema: {
          operationId: 'listUsers',
          tags: ['accounts'],
          summary: 'List accounts (administrators)',
          security: SECURITY.required,
          response: { 200: z.object({ items: z.array(zUser) }) },
        },
      },
      async (request) => {
        assertCan(request.user, 'accounts.manage', null, 'list accounts');
        return { items: await listUsers(ctx.db) };
      },
    );

    app.post(
      '/users',
      {
        schema: {
          operationId: 'createUser',
          tags: ['accounts'],
          summary: 'Create an account (administrators)',
          errors: [409],
          body: zCreateUserRequest,
          response: { 201: zUser },
        },
      },
      async (request, reply) => {
        assertCan(request.user, 'accounts.manage', null, 'create accounts');
        return reply.status(201).send(await createUser(ctx.db, request.body));
      },
    );
  };
}
