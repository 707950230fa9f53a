import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** Registers the OpenAPI generator: the document is built from the same zod schemas that validate input. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Convivio API',
        version: '1.0.0',
        description: 'Integration practices, city profiles, stakeholders, events and evidence shared by European cities. Writes need a session cookie (POST /api/v1/auth/sign-in) and the x-csrf-token header.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'convivio_session' } } },
    },
    transform: jsonSchemaTransform,
    hideUntagged: true,
  });
}
