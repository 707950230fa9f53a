import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { cityComparePage, cityListPage, cityProfilePage, html } from '@convivio/web';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { cityEditPages } from './edit-pages.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { noticeText, queryList, queryText } from '../web/page-helpers.ts';
import type { CityPageLinks } from './links.ts';
import { listCities } from './queries.ts';
import { getCity } from './service.ts';
import { shownTranslation } from '../records/shown-translation.ts';
import { CITY_TRANSLATION } from './translation-kind.ts';
import { translationPages } from '../records/translation-pages.ts';
import { cityTranslations } from './translations.ts';

const MAX_COMPARED = 8;

/**
 * City pages: the list (with the comparison form), a profile, the comparison, and (in their own file) editing.
 * `links`: what they show of the domains above cities (practices, the sections others add to a profile).
 */
export function cityPages(ctx: AppContext, links: CityPageLinks): FastifyPluginAsync {
  return async (app) => {
    async function renderList(
      request: FastifyRequest,
      reply: FastifyReply,
      selected: string[],
      compareError: string | null,
    ) {
      const page = pageContext(request);
      const includeDrafts = can(request.user, 'cities.seeAllDrafts', null);
      const all = await listCities(ctx.db, { includeDrafts });
      const q = queryText(request, 'q').trim();
      const country = queryText(request, 'country');
      const rows =
        q || /^[A-Z]{2}$/.test(country)
          ? await listCities(ctx.db, {
              includeDrafts,
              q: q || undefined,
              country: /^[A-Z]{2}$/.test(country) ? country : undefined,
            })
          : all;
      const counts = await links.practices.publishedCounts(ctx.db);
      return sendPage(
        reply,
        page,
        page.t('cities.title'),
        cityListPage(page, {
          cities: rows.map((r) => ({
            id: r.id,
            name: r.name,
            country: r.country,
            status: r.status,
            population: r.record.population,
            migrantShare: r.record.migrantShare,
            profileComplete: r.record.profileComplete,
            practiceCount: counts.get(r.id) ?? 0,
          })),
          filter: { q, country },
          countries: [...new Set(all.map((r) => r.country))],
          selected,
          compareError,
        }),
        { status: compareError ? 400 : 200 },
      );
    }

    app.get('/cities', async (request, reply) => renderList(request, reply, [], null));

    app.get('/cities/compare', async (request, reply) => {
      const page = pageContext(request);
      const ids = [...new Set(queryList(request, 'ids'))];
      if (ids.length < 2) return renderList(request, reply, ids, page.t('cities.compare.tooFew'));
      if (ids.length > MAX_COMPARED) return renderList(request, reply, ids, page.t('cities.compare.tooMany'));
      const counts = await links.practices.publishedCounts(ctx.db);
      const cities = [];
      for (const id of ids)
        cities.push({ record: (await getCity(ctx.db, request.user, id)).record, practiceCount: counts.get(id) ?? 0 });
      return sendPage(reply, page, page.t('cities.compare.title'), cityComparePage(page, { cities }));
    });

    app.get('/cities/:id', async (request, reply) => {
      const page = pageContext(request);
      const row = await getCity(ctx.db, request.user, (request.params as { id: string }).id);
      const practices = await links.practices.practicesOf(
        ctx.db,
        row.id,
        can(request.user, 'city.seeDrafts', { cityId: row.id }),
      );
      const shown = await shownTranslation(
        ctx.db,
        CITY_TRANSLATION,
        request,
        page.lang,
        row.record,
        `/cities/${row.id}`,
      );
      return sendPage(
        reply,
        page,
        shown.record.name,
        cityProfilePage(page, {
          record: shown.record,
          shownText: shown.shownText,
          fieldLang: shown.fieldLang,
          status: row.status,
          updatedAt: new Date(row.updated_at).toISOString(),
          practices,
          canEdit: can(request.user, 'city.edit', { cityId: row.id }),
          notice: noticeText(request, page.t, 'city'),
          extraSections: html`${await Promise.all(links.sections.map((section) => section(ctx.db, request, page, row.id)))}`,
        }),
      );
    });

    await app.register(cityEditPages(ctx));
    await app.register(
      translationPages(ctx, CITY_TRANSLATION, cityTranslations, {
        base: '/cities',
        labelPrefix: 'city.field.',
        async read(db, request, id) {
          const row = await getCity(db, request.user, id);
          return { name: row.name, cityId: row.id, language: row.record.language, record: row.record };
        },
      }),
    );
  };
}
