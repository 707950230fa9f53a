import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { User } from './schema.ts';
import { resolveSession } from './service.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';

export const SESSION_COOKIE = 'convivio_session';

/** The session cookie's options: the same for the API and the sign-in form. */
export const sessionCookieOptions = (config: { cookieSecure: boolean }) => ({ path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure });
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
    csrfToken: string | null;
  }
}

/** The signed-in user, or a 401. */
export function requireUser(request: FastifyRequest): User {
  if (!request.user) throw new AppError('unauthenticated', 'Sign in to do this');
  return request.user;
}

/**
 * Resolves the session cookie into request.user and enforces CSRF on every unsafe
 * request made with a session: the token must come in the `x-csrf-token` header
 * (API) or the `_csrf` form field (HTML forms).
 */
export const authPlugin = fp(async (app: FastifyInstance, opts: { db: Database }) => {
  app.decorateRequest('user', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('preValidation', async (request: FastifyRequest, _reply: FastifyReply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await resolveSession(opts.db, token);
    if (!session) return;
    request.user = session.user;
    request.csrfToken = session.csrfToken;
    if (SAFE_METHODS.has(request.method)) return;
    const body = request.body as Record<string, unknown> | undefined;
    const sent = request.headers['x-csrf-token'] ?? (body && typeof body === 'object' ? body._csrf : undefined);
    if (sent !== session.csrfToken) throw new AppError('csrf_failed', 'Missing or invalid CSRF token: send the x-csrf-token header from /api/v1/auth/session');
  });
});
