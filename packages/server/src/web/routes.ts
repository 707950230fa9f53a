import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.ts';
import { registerStatic } from './static.ts';

/** A domain's web pages: a Fastify plugin factory receiving the app context. */
export type PagesFactory = (ctx: AppContext) => FastifyPluginAsync;

/**
 * Every domain's server-rendered pages. Add a domain's `pages.ts` here.
 * Pages call services directly (never the HTTP API) and render @convivio/web views.
 */
const PAGES: PagesFactory[] = [];

/** Registers the static assets and every domain's pages. */
export function webRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    registerStatic(app);
    for (const pages of PAGES) await app.register(pages(ctx));
  };
}
