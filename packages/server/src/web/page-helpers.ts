import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import { keepAddressLanguage } from './language-links.ts';

/** The signed-in user (the type the session plugin gives `request.user`). */
type SignedInUser = NonNullable<FastifyRequest['user']>;

/** The signed-in user; anonymous visitors are sent to the sign-in page (see error-pages.ts). */
export function requireSignedIn(request: FastifyRequest): SignedInUser {
  if (!request.user) throw new AppError('unauthenticated', 'Sign in to do this');
  return request.user;
}

/**
 * Redirects after a successful form post (303 See Other, so reloading does not post again), to
 * the page in the language the form's address named (forms of a `?lang=` page post to `…?lang=`).
 */
export const seeOther = (reply: FastifyReply, url: string): FastifyReply =>
  reply.redirect(keepAddressLanguage(reply.request, url), 303);

/** A query parameter as one string ('' when absent; the first when repeated). */
export function queryText(request: FastifyRequest, name: string): string {
  const v = (request.query as Record<string, unknown> | undefined)?.[name];
  const s: unknown = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s : '';
}

/** A query parameter given as comma-separated values or repeated, as one list. */
export function queryList(request: FastifyRequest, name: string): string[] {
  const v = (request.query as Record<string, unknown> | undefined)?.[name];
  const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return all
    .filter((s): s is string => typeof s === 'string')
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The translated confirmation named by `?notice=` (only known notices, so nothing can be injected). */
export function noticeText(
  request: FastifyRequest,
  t: (key: string) => string,
  domain: 'practice' | 'city',
): string | null {
  const name = queryText(request, 'notice');
  return /^(created|saved|published|unpublished|restored)$/.test(name) ? t(`${domain}.notice.${name}`) : null;
}

/**
 * A safe local address to return to after signing in (never another site): a path starting
 * with a single `/`, without backslashes, whitespace or control characters, at most 2,000
 * characters; returned percent-encoded (plain ASCII, safe in a Location header). Anything else is `/`.
 */
export function safeNext(next: string): string {
  if (next.length > 2000 || !next.startsWith('/') || next.startsWith('//') || /[\\\s\p{Cc}\p{Cf}]/u.test(next))
    return '/';
  const url = new URL(next, 'http://convivio.invalid');
  const local = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === 'http://convivio.invalid' && !local.startsWith('//') ? local : '/';
}
