import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { zCityRecord, zPracticeRecord } from '@convivio/shared';
import { z } from 'zod';

const zJsonSchemaDocument = z.record(z.string(), z.unknown()).describe('A JSON Schema (draft 2020-12) document');

/** The record formats as JSON Schema, so other collections can map onto them. */
export function schemaRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    const practice = {
      $id: '/api/v1/schemas/practice.json',
      title: 'Convivio practice record',
      ...z.toJSONSchema(zPracticeRecord, { io: 'input' }),
    };
    const city = {
      $id: '/api/v1/schemas/city.json',
      title: 'Convivio city record',
      ...z.toJSONSchema(zCityRecord, { io: 'input' }),
    };
    const jsonSchema = (what: string) => ({
      200: {
        description: `The ${what} record format`,
        content: { 'application/schema+json': { schema: zJsonSchemaDocument } },
      },
    });
    app.get(
      '/schemas/practice.json',
      {
        schema: {
          operationId: 'getPracticeJsonSchema',
          tags: ['schemas'],
          summary: 'The practice record as JSON Schema',
          response: jsonSchema('practice'),
        },
      },
      async (_r, reply) => reply.type('application/schema+json').send(practice),
    );
    app.get(
      '/schemas/city.json',
      {
        schema: {
          operationId: 'getCityJsonSchema',
          tags: ['schemas'],
          summary: 'The city record as JSON Schema',
          response: jsonSchema('city'),
        },
      },
      async (_r, reply) => reply.type('application/schema+json').send(city),
    );
  };
}
