import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { requireUser } from './auth.ts';
import { SECURITY } from '../http/openapi.ts';
import { assertCan } from './policy.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.ts';
import { zApiToken, zCreateApiTokenRequest, zCreatedApiToken } from './schema.ts';

const tags = ['accounts'];

/** Personal API tokens for machine clients: create (secret shown once), list, revoke. */
export function apiTokenRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/account/tokens',
      {
        schema: {
          operationId: 'listApiTokens',
          tags,
          security: SECURITY.required,
          summary: "Your API tokens (administrators: anyone's, with userId); never their secrets",
          querystring: z.object({ userId: z.string().max(200).optional() }),
          response: { 200: z.object({ items: z.array(zApiToken) }) },
        },
      },
      async (request) => {
        const user = requireUser(request);
        const userId = request.query.userId ?? user.id;
        assertCan(user, 'account.tokens', { own: userId === user.id }, 'list the tokens');
        return { items: await listApiTokens(ctx.db, userId) };
      },
    );

    app.post(
      '/account/tokens',
      {
        schema: {
          operationId: 'createApiToken',
          tags,
          security: SECURITY.required,
          summary: 'Create an API token (from a signed-in session); the secret is in this answer only',
          body: zCreateApiTokenRequest,
          response: { 201: zCreatedApiToken },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        if (request.credential?.kind !== 'session')
          throw forbidden('API tokens are created from a signed-in session, not with another token');
        return reply.status(201).send(await createApiToken(ctx.db, user, request.body));
      },
    );

    app.delete(
      '/account/tokens/:id',
      {
        schema: {
          operationId: 'revokeApiToken',
          tags,
          security: SECURITY.required,
          summary: 'Revoke an API token (its owner, or an administrator)',
          params: z.object({ id: z.string().max(200) }),
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await revokeApiToken(ctx.db, requireUser(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
