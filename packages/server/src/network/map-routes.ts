import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.ts';
import { zNetworkMap, zNetworkQuery } from './map-schema.ts';
import { networkMap } from './map-service.ts';

/** The learning network's API: the cities on the map and their practices under the filters. */
export function networkMapRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/network/map',
      {
        schema: {
          operationId: 'getNetworkMap',
          tags: ['network'],
          summary: 'Cities with their coordinates and number of practices, by theme, typology and target group',
          querystring: zNetworkQuery,
          response: { 200: zNetworkMap },
        },
      },
      async (request) => networkMap(ctx.db, request.query),
    );
  };
}
