import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { searchUsers, updateUser } from './admin-users.ts';
import { zAdminUser, zAdminUserPage, zAdminUserPatch, zAdminUserQuery } from './members-schema.ts';

const tags = ['accounts'];

/** Administrators' view of the accounts: find, change role and city, disable and re-enable. */
export function adminUserRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/admin/users',
      {
        schema: {
          operationId: 'searchUsers',
          tags,
          security: SECURITY.required,
          summary: 'Find accounts by name or e-mail, role and city, a page at a time (administrators)',
          querystring: zAdminUserQuery,
          response: { 200: zAdminUserPage },
        },
      },
      async (request) => searchUsers(ctx.db, request.user, request.query),
    );

    app.patch(
      '/admin/users/:id',
      {
        schema: {
          operationId: 'updateUser',
          tags,
          security: SECURITY.required,
          summary:
            'Change an account’s role or city, or disable (sessions and API tokens refused at once) or re-enable it (administrators)',
          errors: [409],
          params: z.object({ id: z.string().max(200) }),
          body: zAdminUserPatch,
          response: { 200: zAdminUser },
        },
      },
      async (request) => updateUser(ctx.db, request.user, request.params.id, request.body),
    );
  };
}
