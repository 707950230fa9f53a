import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2',
};

/** Serves packages/web/static under /static (no directory listing, no path escapes). */
export function registerStatic(app: FastifyInstance): void {
  const root = path.join(path.dirname(createRequire(import.meta.url).resolve('@convivio/web')), '..', 'static');
  app.get('/static/*', { schema: { hide: true } }, async (request, reply) => {
    const rel = (request.params as { '*': string })['*'];
    const file = path.resolve(root, rel);
    const type = TYPES[path.extname(file)];
    if (!file.startsWith(root + path.sep) || !type || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return reply.status(404).type('text/plain').send('Not found');
    }
    return reply.type(type).header('cache-control', 'public, max-age=300').send(fs.createReadStream(file));
  });
}
