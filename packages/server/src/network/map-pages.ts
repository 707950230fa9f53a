import type { FastifyPluginAsync } from 'fastify';
import { networkPage } from '@convivio/web';
import type { AppContext } from '../context.ts';
import { parseOrThrow } from '../errors.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { networkMapView } from './map-view.ts';
import { zNetworkQuery } from './map-schema.ts';
import { networkMap } from './map-service.ts';

/** The learning network page: the map of Europe with its filters, and the same cities as a table. */
export function networkMapPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/network', async (request, reply) => {
      const page = pageContext(request);
      const data = await networkMap(ctx.db, parseOrThrow(zNetworkQuery, request.query));
      const { map, offMap } = networkMapView(data.cities);
      return sendPage(
        reply,
        page,
        page.t('network.title'),
        networkPage(page, {
          filters: data.filters,
          options: data.options,
          practiceCount: data.practiceCount,
          map,
          unlocated: [...data.unlocated, ...offMap],
        }),
        { scripts: ['/static/network.js'], styles: ['/static/network.css'] },
      );
    });
  };
}
