import path from 'node:path';
import { createRequire } from 'node:module';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** The kinds of file served; anything else under /static answers 404. */
const SERVED = new Set(['.css', '.js', '.svg', '.png', '.json', '.woff2']);

/**
 * Serves packages/web/static under /static through @fastify/static: ETag and Last-Modified
 * (a matching If-None-Match or If-Modified-Since answers 304), `Cache-Control: public,
 * max-age=300`, no directory listing, no index files, no dot files, no path out of the folder.
 * Scripts are separate files with a JavaScript type, as the Content-Security-Policy (script-src
 * 'self') and `X-Content-Type-Options: nosniff` need.
 */
export async function registerStatic(app: FastifyInstance): Promise<void> {
  const root = path.join(path.dirname(createRequire(import.meta.url).resolve('@convivio/web')), '..', 'static');
  await app.register(fastifyStatic, {
    root,
    prefix: '/static/',
    decorateReply: false,
    index: false,
    list: false,
    dotfiles: 'deny',
    etag: true,
    lastModified: true,
    cacheControl: true,
    maxAge: 300_000,
    schemaHide: true,
    allowedPath: (pathName) => SERVED.has(path.extname(pathName)),
  });
}
