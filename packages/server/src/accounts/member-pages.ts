import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.ts';
import { accountSelfPages } from './account-pages.ts';
import { adminUserPages } from './admin-users-pages.ts';

/** "My account" and the administrators' users and editor-request pages. */
export function memberPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    await app.register(accountSelfPages(ctx));
    await app.register(adminUserPages(ctx));
  };
}
