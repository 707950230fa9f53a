import type { FastifyPluginAsync } from 'fastify';
import { homePage } from '@convivio/web';
import type { AppContext } from './context.ts';
import { listCities } from './cities/service.ts';
import { runPracticeSearch } from './practices/search-service.ts';
import { pageContext, sendPage } from './web/context.ts';

/** The home page: what Convivio is, a search box, the library's counts and newest entries. */
export function homePages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/', async (request, reply) => {
      const page = pageContext(request);
      const latest = await runPracticeSearch(ctx.db, null, { sort: 'updated', page: 1, pageSize: 6 });
      const cities = await listCities(ctx.db, { includeDrafts: false });
      const profiled = cities.filter((c) => c.record.profileComplete);
      return sendPage(
        reply,
        page,
        page.t('app.tagline'),
        homePage(page, {
          practiceCount: latest.total,
          cityCount: cities.length,
          latestPractices: latest.items.map((i) => ({ id: i.id, name: i.name, cityName: i.cityName })),
          cities: (profiled.length ? profiled : cities)
            .slice(0, 8)
            .map((c) => ({ id: c.id, name: c.name, country: c.country })),
        }),
      );
    });
  };
}
