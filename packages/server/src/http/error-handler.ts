import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, validationError, type FieldIssue } from '../errors.ts';

/** Dotted field path from a JSON pointer such as `/quantitativeResults/0/target`. */
const pointerToField = (pointer: string) => pointer.replace(/^\//, '').split('/').filter(Boolean).join('.');

/**
 * A database error that means two changes met (a unique key written twice at once, a
 * serialization failure, a deadlock) as a 409 conflict, or null for any other error.
 * Both `pg` and PGlite raise errors carrying the SQLSTATE in `code` (and `table`).
 */
export function conflictFromDatabase(err: unknown): AppError | null {
  const { code, table } = (err ?? {}) as { code?: unknown; table?: unknown };
  if (code === '23505') {
    return table === 'revisions'
      ? new AppError(
          'conflict',
          'Someone else changed this record at the same moment; reload and apply your change again',
          'version',
        )
      : new AppError(
          'conflict',
          `A record with the same key was written at the same moment${typeof table === 'string' ? ` (${table})` : ''}; reload and try again`,
        );
  }
  if (code === '40001')
    return new AppError(
      'conflict',
      'This change could not be applied together with another one made at the same moment; try again',
    );
  if (code === '40P01')
    return new AppError(
      'conflict',
      'This change waited on another one made at the same moment (deadlock) and was cancelled; try again',
    );
  return null;
}

/**
 * The one place that turns errors into HTTP answers: AppError → its status and JSON,
 * schema validation → 400 naming each field, changes that met in the database → 409,
 * anything else → a generic 500 that is logged.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    if (err instanceof AppError) return reply.status(err.status).send(err.toJSON());
    const conflict = conflictFromDatabase(err);
    if (conflict) return reply.status(409).send(conflict.toJSON());
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const issues: FieldIssue[] = err.validation.map((v) => ({
        field: pointerToField(v.instancePath) || where,
        message: v.message ?? 'is invalid',
      }));
      return reply.status(400).send(validationError(issues).toJSON());
    }
    const status = err.statusCode;
    if (status === 413)
      return reply.status(413).send(new AppError('payload_too_large', 'The request body is too large').toJSON());
    if (status && status >= 400 && status < 500) {
      return reply.status(status).send({ error: { code: 'bad_request', message: err.message, field: null } });
    }
    request.log.error({ err }, 'unhandled error');
    return reply
      .status(500)
      .send(new AppError('internal', 'Something went wrong on our side; the error has been logged').toJSON());
  });
  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .send(new AppError('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`).toJSON());
  });
}
