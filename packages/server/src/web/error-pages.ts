import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorPage, errorTitle } from '@convivio/web';
import { AppError } from '../errors.ts';
import { conflictFromDatabase } from '../http/error-handler.ts';
import { pageContext, sendPage } from './context.ts';
import { keepAddressLanguage } from './language-links.ts';

const isApi = (request: FastifyRequest) => request.url === '/api' || request.url.startsWith('/api/');

/** The HTTP status an error stands for. */
function statusOf(err: FastifyError | AppError): number {
  if (err instanceof AppError) return err.status;
  const status = err.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** Renders an error page in the site layout. */
export function sendErrorPage(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  detail: string | null,
): FastifyReply {
  const ctx = pageContext(request);
  return sendPage(reply, ctx, errorTitle(ctx, status), errorPage(ctx, status, detail), { status });
}

/**
 * HTML errors for the web pages: anonymous visitors who need an account go to the sign-in
 * page, other errors get a 400/403/404/429/500 page in the layout. API paths keep their
 * JSON errors; unknown GET addresses outside /api get the HTML 404 page.
 */
export function installHtmlErrors(app: FastifyInstance): void {
  app.setErrorHandler((thrown: FastifyError | AppError, request, reply) => {
    const err = conflictFromDatabase(thrown) ?? thrown;
    const status = statusOf(err);
    if (isApi(request) && err instanceof AppError) return reply.status(status).send(err.toJSON());
    if (err instanceof AppError && err.code === 'unauthenticated') {
      const next = request.method === 'GET' ? request.url : '/';
      return reply.redirect(keepAddressLanguage(request, `/sign-in?next=${encodeURIComponent(next)}`), 303);
    }
    if (status >= 500) {
      request.log.error({ err }, 'unhandled error on a web page');
      return sendErrorPage(request, reply, 500, null);
    }
    const detail = err instanceof AppError && err.code !== 'not_found' ? err.message : null;
    return sendErrorPage(request, reply, status, status === 429 ? null : detail);
  });

  app.get('/*', { schema: { hide: true } }, async (request) => {
    throw new AppError('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`);
  });
}
