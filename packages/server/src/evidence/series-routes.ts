import { zEvidenceSeries, zEvidenceSeriesListItem } from '@convivio/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { zIdParams } from '../records/schema.ts';
import { sendLayer } from './layer-service.ts';
import { zLayerBinary, zLayerJson, zLayerQuery } from './schema.ts';
import { getChangeLayer } from './series-layer.ts';
import { presentSeries, presentSeriesListItem } from './series-presenter.ts';
import { createSeries, deleteSeries, getSeries, listSeries, zSeriesInput } from './series-service.ts';

const tags = ['evidence'];

/** Evidence over time: series of runs of one place in several years, their changes and maps of change. */
export function evidenceSeriesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/evidence/series',
      {
        schema: {
          operationId: 'listEvidenceSeries',
          tags,
          summary:
            'Series of years you may see (yours, public ones; all for administrators): years, runs, state and tested indices, without results (GET …/series/:id has them)',
          response: { 200: z.object({ items: z.array(zEvidenceSeriesListItem) }) },
        },
      },
      async (request) => ({
        items: (await listSeries(ctx.db, request.user)).map((s) => presentSeriesListItem(s, request.user)),
      }),
    );

    app.post(
      '/evidence/series',
      {
        schema: {
          operationId: 'createEvidenceSeries',
          tags,
          summary:
            'Compare finished runs of the same place in different years (each run started with options.year); the changes are tested in the background (202)',
          body: zSeriesInput,
          response: { 202: zEvidenceSeries },
        },
      },
      async (request, reply) => {
        const row = await createSeries(ctx.db, request.user, request.body, ctx.config.limits);
        const series = await presentSeries(ctx.db, row, request.user);
        return reply.status(202).header('location', `/api/v1/evidence/series/${series.id}`).send(series);
      },
    );

    app.get(
      '/evidence/series/:id',
      {
        schema: {
          operationId: 'getEvidenceSeries',
          tags,
          summary:
            'A series: each year’s indices (with intervals when drawn), and the change between years with p-values',
          params: zIdParams,
          response: { 200: zEvidenceSeries },
        },
      },
      async (request) => presentSeries(ctx.db, await getSeries(ctx.db, request.user, request.params.id), request.user),
    );

    app.delete(
      '/evidence/series/:id',
      {
        schema: {
          operationId: 'deleteEvidenceSeries',
          tags,
          summary: 'Delete a series (owner, administrators); its runs stay',
          params: zIdParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteSeries(ctx.db, request.user, request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/evidence/series/:id/change/:layer',
      {
        schema: {
          operationId: 'getEvidenceSeriesChangeLayer',
          tags,
          summary:
            'A map of change: a local layer of the later year minus the earlier year, per cell (JSON or binary, as run layers)',
          errors: [409],
          params: zIdParams.extend({ layer: z.string().min(1).max(100) }),
          querystring: zLayerQuery.extend({
            from: z.string().max(32).optional().describe('The earlier year (default: the first)'),
            to: z.string().max(32).optional().describe('The later year (default: the last)'),
          }),
          response: {
            200: {
              description: 'The change layer',
              content: {
                'application/json': { schema: zLayerJson },
                'application/octet-stream': { schema: zLayerBinary },
              },
            },
          },
        },
      },
      async (request, reply) => {
        const { from, to, format, top } = request.query;
        const {
          fromYear: _f,
          toYear: _t,
          ...view
        } = await getChangeLayer(ctx.db, request.user, request.params.id, request.params.layer, from, to);
        return sendLayer(reply, request.headers.accept, { format, top }, view);
      },
    );
  };
}
