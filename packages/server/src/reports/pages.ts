import type { FastifyPluginAsync } from 'fastify';
import { reportsPage } from '@convivio/web';
import { listCities } from '../cities/service.ts';
import type { AppContext } from '../context.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { MUST_A_LAB_CITIES } from './gather.ts';

/** The /reports page: a city picker and the three formats of the State-of-the-Art report. */
export function reportPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/reports', async (request, reply) => {
      const page = pageContext(request);
      const query = request.query as Record<string, string | string[] | undefined>;
      const cities = (await listCities(ctx.db, { includeDrafts: false })).filter((c) => c.status === 'published');
      const known = new Map(cities.map((c) => [c.id, c.name]));
      const asked = ([] as string[])
        .concat(query.cities ?? [])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim());
      const chosen = [...new Set(asked.filter((id) => known.has(id)))];
      const covered = chosen.length ? chosen : MUST_A_LAB_CITIES.filter((id) => known.has(id));
      return sendPage(
        reply,
        page,
        page.t('reports.title'),
        reportsPage(page, {
          cities: cities
            .map((c) => ({ id: c.id, name: c.name, country: c.country, mustALab: MUST_A_LAB_CITIES.includes(c.id) }))
            .sort((a, b) => a.name.localeCompare(b.name)),
          chosen,
          coveredNames: covered.map((id) => known.get(id)!),
          // The files in the page's language, whatever it was chosen by.
          reportPath: `/api/v1/reports/state-of-the-art?${chosen.length ? `cities=${encodeURIComponent(chosen.join(','))}&` : ''}lang=${encodeURIComponent(page.lang)}`,
        }),
      );
    });
  };
}
