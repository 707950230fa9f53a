import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.ts';
import { ownAccountRoutes } from './account-routes.ts';
import { adminUserRoutes } from './admin-users-routes.ts';
import { editorRequestRoutes } from './editor-requests-routes.ts';

/** One's own account, the administrators' users list and editor requests. */
export function memberRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(ownAccountRoutes(ctx));
    await app.register(adminUserRoutes(ctx));
    await app.register(editorRequestRoutes(ctx));
  };
}
