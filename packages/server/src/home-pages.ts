import type { FastifyPluginAsync } from 'fastify';
import { homePage } from '@convivio/web';
import type { AppContext } from './context.ts';
import { AppError } from './errors.ts';
import { getCharter } from './charter/service.ts';
import { listCities } from './cities/service.ts';
import { nextEvent } from './events/service.ts';
import { listRuns } from './evidence/service.ts';
import { listLabs } from './labs/service.ts';
import { networkMapView } from './network/map-view.ts';
import { networkMap } from './network/map-service.ts';
import { runPracticeSearch } from './practices/search-service.ts';
import { pageContext, sendPage } from './web/context.ts';

/** The charter's figures, or null before it is imported. */
async function charterFigures(ctx: AppContext) {
  try {
    const charter = await getCharter(ctx.db);
    return {
      signatoryCount: charter.signatoryCount ?? charter.signatoryCityIds.length,
      commitmentCount: charter.commitments.length,
    };
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  }
}

/**
 * The home page: what Convivio is, the search, the network map, and a panel for each part of the
 * platform (practices, cities, events, evidence, policy labs, the charter), each read through its domain's service.
 */
export function homePages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/', async (request, reply) => {
      const page = pageContext(request);
      const latest = await runPracticeSearch(ctx.db, null, { sort: 'updated', page: 1, pageSize: 4 });
      const cities = await listCities(ctx.db, { includeDrafts: false });
      const network = await networkMap(ctx.db, {});
      const events = await nextEvent(ctx.db, new Date().toISOString().slice(0, 10));
      const runs = await listRuns(ctx.db, request.user);
      const labs = await listLabs(ctx.db, null);
      return sendPage(
        reply,
        page,
        page.t('app.tagline'),
        homePage(page, {
          map: networkMapView(network.cities).map,
          practiceCount: latest.total,
          cityCount: cities.length,
          latestPractices: latest.items.map((i) => ({ id: i.id, name: i.name, cityName: i.cityName })),
          eventCount: events.total,
          nextEvent: events.next,
          evidenceRunCount: runs.filter((r) => r.status === 'succeeded').length,
          labCount: labs.length,
          labCityCount: new Set(labs.map((l) => l.city_id)).size,
          charter: await charterFigures(ctx),
        }),
        { styles: ['/static/network.css', '/static/home.css'] },
      );
    });
  };
}
