import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { resolveApiToken } from './api-tokens.ts';
import { sessionNeedsTouch, touchSession } from './account-sessions.ts';
import type { TokenScope, User } from './schema.ts';
import { resolveSession } from './service.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';

export const SESSION_COOKIE = 'convivio_session';

/** The session cookie's options: the same for the API and the sign-in form. */
export const sessionCookieOptions = (config: { cookieSecure: boolean }) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: config.cookieSecure,
});
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The API's unsafe routes that anonymous clients may call; every other API write needs a user. */
const ANONYMOUS_API_WRITES = new Set([
  '/api/v1/auth/sign-in',
  '/api/v1/auth/sign-out',
  '/api/v1/auth/sign-up',
  '/api/v1/auth/verify-email',
  '/api/v1/auth/password/forgot',
  '/api/v1/auth/password/reset',
  '/api/v1/account/email/confirm',
  '/api/v1/invitations/accept',
]);

/** How a request was authenticated: a session cookie, a personal API token, or not at all. */
export type Credential =
  | { kind: 'session'; sessionId: string }
  | { kind: 'token'; tokenId: string; scope: TokenScope }
  | null;

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
    csrfToken: string | null;
    credential: Credential;
  }
}

/** The signed-in user, or a 401. */
export function requireUser(request: FastifyRequest): User {
  if (!request.user) throw new AppError('unauthenticated', 'Sign in to do this');
  return request.user;
}

/** Do two secrets match? Compared in constant time (SHA-256 digests are always of equal length). */
export function sameSecret(sent: unknown, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const digest = (s: string) => crypto.createHash('sha256').update(s).digest();
  return crypto.timingSafeEqual(digest(sent), digest(expected));
}

/** The API route a request matched (its pattern), or null for pages and unknown addresses. */
function apiRoute(request: FastifyRequest): string | null {
  const url = request.routeOptions.url;
  return url && url.startsWith('/api/') ? url : null;
}

/** The bearer token of an `Authorization: Bearer …` header; other schemes (e.g. a proxy's Basic) are not ours. */
const bearerToken = (header: string | undefined): string | null =>
  header && /^bearer(\s|$)/i.test(header) ? header.slice(6).trim() : null;

/** Resolves a bearer token; an unknown, revoked or expired token is a 401, a read token writing a 403. */
async function authenticateToken(db: Database, request: FastifyRequest, token: string): Promise<void> {
  const found = await resolveApiToken(db, token);
  if (!found) throw new AppError('unauthenticated', 'The API token is unknown, revoked or expired', 'authorization');
  request.user = found.user;
  request.credential = { kind: 'token', tokenId: found.tokenId, scope: found.scope };
  if (found.scope === 'read' && !SAFE_METHODS.has(request.method)) {
    throw new AppError(
      'forbidden',
      'This API token has the "read" scope, which cannot change anything: use a token with the "write" scope',
      'authorization',
    );
  }
}

/**
 * Authentication, before the body is even read (onRequest): API requests may carry a personal
 * API token (`Authorization: Bearer cvv_…`, no cookie, no CSRF token); otherwise the session
 * cookie is resolved into request.user. An anonymous write to the API is refused with 401 here,
 * so it costs neither body parsing nor validation. CSRF is then enforced (preValidation, when a
 * form's `_csrf` field has been parsed) on every unsafe request made with a session: the token
 * must come in the `x-csrf-token` header (API) or the `_csrf` form field (HTML forms).
 */
export const authPlugin = fp(async (app: FastifyInstance, opts: { db: Database }) => {
  app.decorateRequest('user', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('credential', null);

  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const route = apiRoute(request);
    const bearer = route ? bearerToken(request.headers.authorization) : null;
    if (bearer !== null) return authenticateToken(opts.db, request, bearer);
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await resolveSession(opts.db, token) : null;
    if (session) {
      request.user = session.user;
      request.csrfToken = session.csrfToken;
      request.credential = { kind: 'session', sessionId: session.sessionId };
      if (sessionNeedsTouch(session.lastSeenAt))
        await touchSession(opts.db, session.sessionId, request.headers['user-agent']);
    } else if (route && !SAFE_METHODS.has(request.method) && !ANONYMOUS_API_WRITES.has(route)) {
      throw new AppError('unauthenticated', 'Sign in (or send a personal API token) to do this');
    }
  });

  app.addHook('preValidation', async (request: FastifyRequest, _reply: FastifyReply) => {
    if (request.credential?.kind !== 'session' || SAFE_METHODS.has(request.method)) return;
    const body = request.body as Record<string, unknown> | undefined;
    const sent = request.headers['x-csrf-token'] ?? (body && typeof body === 'object' ? body._csrf : undefined);
    if (!sameSecret(sent, request.csrfToken!))
      throw new AppError(
        'csrf_failed',
        'Missing or invalid CSRF token: send the x-csrf-token header from /api/v1/auth/session',
      );
  });
});
