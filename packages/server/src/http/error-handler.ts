import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, validationError, type FieldIssue } from '../errors.ts';

/** Dotted field path from a JSON pointer such as `/quantitativeResults/0/target`. */
const pointerToField = (pointer: string) => pointer.replace(/^\//, '').split('/').filter(Boolean).join('.');

/**
 * The one place that turns errors into HTTP answers: AppError → its status and JSON,
 * schema validation → 400 naming each field, anything else → a generic 500 that is logged.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    if (err instanceof AppError) return reply.status(err.status).send(err.toJSON());
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const issues: FieldIssue[] = err.validation.map((v) => ({
        field: pointerToField(v.instancePath) || where,
        message: v.message ?? 'is invalid',
      }));
      return reply.status(400).send(validationError(issues).toJSON());
    }
    const status = (err as FastifyError).statusCode;
    if (status === 413) return reply.status(413).send(new AppError('payload_too_large', 'The request body is too large').toJSON());
    if (status && status >= 400 && status < 500) {
      return reply.status(status).send({ error: { code: 'bad_request', message: err.message, field: null } });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send(new AppError('internal', 'Something went wrong on our side; the error has been logged').toJSON());
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(new AppError('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`).toJSON());
  });
}
