import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { TrustProxy } from './config.ts';
import type { AppContext } from './context.ts';
import { apiRoutes } from './routes.ts';
import { authPlugin, SESSION_COOKIE } from './accounts/auth.ts';
import { installErrorHandler } from './http/error-handler.ts';
import { installInputGuard } from './http/input-guard.ts';
import { registerOpenApi } from './http/openapi.ts';
import { webRoutes } from './web-routes.ts';

/** Fastify's trustProxy for the configuration: a hop count becomes "trust the first N hops". */
const trustProxyOption = (trust: TrustProxy) =>
  typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;

/** Builds the HTTP app (API under /api/v1 and the web pages) without listening. */
export async function buildApp(ctx: AppContext, opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? { level: ctx.config.logLevel } : false,
    // Small by default; a route that takes bigger bodies (uploads) sets its own bodyLimit.
    bodyLimit: ctx.config.bodyLimit,
    // X-Forwarded-For is believed only from the proxies TRUST_PROXY names (none by default).
    trustProxy: trustProxyOption(ctx.config.trustProxy),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installInputGuard(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: [
          "'self'",
          'data:',
          'blob:',
          ...(ctx.config.evidenceMapTiles ? [new URL(ctx.config.evidenceMapTiles.replace(/[{}]/g, '')).origin] : []),
        ],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(formbody);
  await app.register(authPlugin, { db: ctx.db });
  await registerOpenApi(app, SESSION_COOKIE);
  await app.register(apiRoutes(ctx), { prefix: '/api/v1' });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(webRoutes(ctx));
  return app;
}
