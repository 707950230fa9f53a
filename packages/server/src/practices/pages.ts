import type { FastifyPluginAsync } from 'fastify';
import { practiceDetailPage, practiceSearchPage } from '@convivio/web';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import type { Queryable } from '../db/database.ts';
import { cityNames } from '../cities/service.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { noticeText } from '../web/page-helpers.ts';
import { practiceEditPages } from './edit-pages.ts';
import { practiceHistoryPages } from './history-pages.ts';
import { searchFromQuery } from './search-input.ts';
import { FACET_NAMES } from './facets.ts';
import type { PracticePageLinks } from './links.ts';
import { runPracticeSearch } from './search-service.ts';
import { getPractice, relatedPractices } from './service.ts';
import { shownTranslation } from '../records/shown-translation.ts';
import { PRACTICE_TRANSLATION } from './translation-kind.ts';
import { translationPages } from '../records/translation-pages.ts';
import { practiceTranslations } from './translations.ts';

/** The language of each listed practice's text, so result names and excerpts carry their lang attribute. */
async function recordLanguages(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const r = await db.query<{ id: string; language: string }>(
    'SELECT id, language FROM practices WHERE id = ANY($1::text[])',
    [ids],
  );
  return new Map(r.rows.map((row) => [row.id, row.language]));
}

/**
 * The practice library's pages: search, a practice, and (in their own files) editing and history.
 * `links`: what they show of the domains above practices (the events where a practice was presented).
 */
export function practicePages(ctx: AppContext, links: PracticePageLinks): FastifyPluginAsync {
  return async (app) => {
    app.get('/practices', async (request, reply) => {
      const page = pageContext(request);
      const { input, state } = searchFromQuery(request, page.lang);
      const result = await runPracticeSearch(ctx.db, request.user, input);
      const user = request.user;
      const languages = await recordLanguages(
        ctx.db,
        result.items.map((i) => i.id),
      );
      return sendPage(
        reply,
        page,
        state.q ? `${state.q} · ${page.t('practices.title')}` : page.t('practices.title'),
        practiceSearchPage(page, {
          state,
          items: result.items.map((i) => ({ ...i, language: languages.get(i.id) })),
          total: result.total,
          facets: result.facets,
          facetOrder: FACET_NAMES,
          suggestions: result.suggestions,
          correction: result.correction,
          cityNames: await cityNames(ctx.db),
          showStatusFilter: can(user, 'practices.filterByStatus', null),
          canCreate: can(user, 'practice.create', null),
        }),
        { scripts: ['/static/search.js'] },
      );
    });

    app.get('/practices/:id', async (request, reply) => {
      const page = pageContext(request);
      const row = await getPractice(ctx.db, request.user, (request.params as { id: string }).id);
      const related = await relatedPractices(ctx.db, row.id);
      const shown = await shownTranslation(
        ctx.db,
        PRACTICE_TRANSLATION,
        request,
        page.lang,
        row.record,
        `/practices/${row.id}`,
      );
      const rec = shown.record;
      return sendPage(
        reply,
        page,
        rec.name,
        practiceDetailPage(page, {
          record: rec,
          status: row.status,
          version: row.version,
          updatedAt: new Date(row.updated_at).toISOString(),
          city: row.city_id ? { id: row.city_id, name: row.city_name ?? row.city_id, country: row.country } : null,
          cityNames: rec.partnerCityIds.length ? await cityNames(ctx.db) : {},
          related: related.map((r) => ({ id: r.id, name: r.name, cityName: r.city_name })),
          presentedAt: await links.presentedAt(ctx.db, row.id),
          canEdit: can(request.user, 'city.edit', { cityId: row.city_id }),
          notice: noticeText(request, page.t, 'practice'),
          shownText: shown.shownText,
          fieldLang: shown.fieldLang,
        }),
      );
    });

    await app.register(practiceEditPages(ctx));
    await app.register(
      translationPages(ctx, PRACTICE_TRANSLATION, practiceTranslations, {
        base: '/practices',
        labelPrefix: 'practice.field.',
        async read(db, request, id) {
          const row = await getPractice(db, request.user, id);
          return { name: row.name, cityId: row.city_id, language: row.record.language, record: row.record };
        },
      }),
    );
    await app.register(practiceHistoryPages(ctx));
  };
}
