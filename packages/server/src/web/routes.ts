import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.ts';

/** The web pages (server-rendered). */
export function webRoutes(_ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/', async (_request, reply) => reply.type('text/html').send('<!doctype html><title>Convivio</title><h1>Convivio</h1>'));
  };
}
