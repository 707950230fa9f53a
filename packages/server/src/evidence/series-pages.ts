import type { FastifyPluginAsync } from 'fastify';
import { defaultIndexKey } from '@convivio/shared';
import {
  classMethodOf,
  evidenceSeriesPage,
  MAP_SCRIPT,
  MAP_STYLE,
  seriesIndices,
  type EvidenceSeriesView,
} from '@convivio/web';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { mapLayer } from './layer-service.ts';
import { getChangeLayer } from './series-layer.ts';
import { presentSeries } from './series-presenter.ts';
import { deleteSeries, getSeries } from './series-service.ts';

const SCRIPTS = [MAP_SCRIPT];

/** The series pages: read one, delete it (they are started from the evidence page). */
export function evidenceSeriesPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/evidence/series/:id', async (request, reply) => {
      const page = pageContext(request);
      const row = await getSeries(ctx.db, request.user, (request.params as { id: string }).id);
      const series = await presentSeries(ctx.db, row, request.user);
      const areas = (series.years[0]?.areas ?? []).map((a) => a.area);
      const area = areas.includes(queryText(request, 'area')) ? queryText(request, 'area') : (areas[0] ?? 'ALL');
      const refs = seriesIndices(series);
      const wanted = queryText(request, 'index');
      const indexKey = refs.some((r) => r.key === wanted) ? wanted : defaultIndexKey(refs);
      const years = series.years.map((y) => y.year);
      const from = years.includes(queryText(request, 'from')) ? queryText(request, 'from') : years[0];
      const to = years.includes(queryText(request, 'to')) ? queryText(request, 'to') : years.at(-1);
      let map: EvidenceSeriesView['map'] = null;
      const layerName = series.layers.some((l) => l.name === queryText(request, 'layer'))
        ? queryText(request, 'layer')
        : (series.layers.find((l) => l.name.startsWith('share_'))?.name ?? series.layers[0]?.name);
      if (series.status === 'succeeded' && layerName && from && to && from !== to) {
        try {
          const layer = await getChangeLayer(ctx.db, request.user, series.id, layerName, from, to);
          map = {
            runId: series.years.at(-1)!.runId,
            layers: series.layers,
            current: mapLayer(layer, layerName),
            keep: { area, index: indexKey, from, to },
            action: `/evidence/series/${series.id}`,
            layerUrl: `/api/v1/evidence/series/${series.id}/change/${encodeURIComponent(layerName)}?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
            center: 0,
            classMethod: classMethodOf(queryText(request, 'classes')),
            tiles: ctx.config.evidenceMapTiles,
          };
        } catch (err) {
          // Grids on different lattices have no map of change; the table still compares them.
          if (!(err instanceof AppError && err.code === 'conflict')) throw err;
        }
      }
      const view: EvidenceSeriesView = {
        series,
        area,
        indexKey,
        map,
        canDelete: can(request.user, 'evidence.change', { mine: series.mine }),
      };
      return sendPage(reply, page, series.name, evidenceSeriesPage(page, view), {
        scripts: SCRIPTS,
        styles: [MAP_STYLE],
      });
    });

    app.post('/evidence/series/:id/delete', async (request, reply) => {
      const user = requireSignedIn(request);
      await deleteSeries(ctx.db, user, (request.params as { id: string }).id);
      return seeOther(reply, '/evidence#series-title');
    });
  };
}
