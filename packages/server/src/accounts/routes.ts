import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { SESSION_COOKIE, sessionCookieOptions } from './auth.ts';
import { assertCan } from './policy.ts';
import { limitSignInAttempts } from './sign-in-limit.ts';
import { zCreateUserRequest, zSessionResponse, zSignInRequest, zUser } from './schema.ts';
import { createUser, listUsers, signIn, signOut } from './service.ts';

/** Sign in and out, the current session, and account administration. */
export function accountRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const cookieOptions = sessionCookieOptions(ctx.config);

    app.post('/auth/sign-in', {
      schema: { tags: ['accounts'], summary: 'Sign in with email and password', body: zSignInRequest, response: { 200: zSessionResponse } },
    }, async (request, reply) => {
      await limitSignInAttempts(ctx.db, request.ip, ctx.config.signInLimitPerMinute);
      const grant = await signIn(ctx.db, request.body.email, request.body.password);
      reply.setCookie(SESSION_COOKIE, grant.token, { ...cookieOptions, expires: grant.expiresAt });
      return { user: grant.user, csrfToken: grant.csrfToken };
    });

    app.post('/auth/sign-out', { schema: { tags: ['accounts'], summary: 'Sign out', response: { 204: z.null() } } }, async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await signOut(ctx.db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    });

    app.get('/auth/session', { schema: { tags: ['accounts'], summary: 'The signed-in user and the CSRF token for writes', response: { 200: zSessionResponse } } },
      async (request) => ({ user: request.user, csrfToken: request.csrfToken }));

    app.get('/users', { schema: { tags: ['accounts'], summary: 'List accounts (administrators)', response: { 200: z.object({ items: z.array(zUser) }) } } }, async (request) => {
      assertCan(request.user, 'accounts.manage', null, 'list accounts');
      return { items: await listUsers(ctx.db) };
    });

    app.post('/users', { schema: { tags: ['accounts'], summary: 'Create an account (administrators)', body: zCreateUserRequest, response: { 201: zUser } } }, async (request, reply) => {
      assertCan(request.user, 'accounts.manage', null, 'create accounts');
      return reply.status(201).send(await createUser(ctx.db, request.body));
    });
  };
}
