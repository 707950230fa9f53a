import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { SECURITY } from '../http/openapi.ts';
import { zIdParams } from '../records/schema.ts';
import { translationRoutes } from '../records/translation-routes.ts';
import { CITY_TRANSLATION, cityTranslations } from './translations.ts';
import { zRevision } from '../revisions/schema.ts';
import type { CityPracticeLinks } from './links.ts';
import { presentCity, presentCitySummary } from './presenter.ts';
import { listCities, type CityRow } from './queries.ts';
import { zCityDetail, zCityListQuery, zCitySummary, zCityWrite, zCompareQuery } from './schema.ts';
import { cityRevisions, createCity, getCity, restoreCity, setCityStatus, updateCity } from './service.ts';

const tags = ['cities'];

/** City profiles: list, read, compare, edit (`practices`: what they show of the practice library). */
export function cityRoutes(ctx: AppContext, practices: CityPracticeLinks): FastifyPluginAsyncZod {
  return async (app) => {
    const present = async (row: CityRow, user: User | null) =>
      presentCity(row, await practices.practicesOf(ctx.db, row.id, can(user, 'city.seeDrafts', { cityId: row.id })));

    app.get(
      '/cities',
      {
        schema: {
          operationId: 'listCities',
          tags,
          summary: 'List cities',
          querystring: zCityListQuery,
          response: { 200: z.object({ items: z.array(zCitySummary), total: z.number().int() }) },
        },
      },
      async (request) => {
        const rows = await listCities(ctx.db, {
          ...request.query,
          includeDrafts: can(request.user, 'cities.seeAllDrafts', null),
        });
        const counts = await practices.publishedCounts(ctx.db);
        return { items: rows.map((row) => presentCitySummary(row, counts.get(row.id) ?? 0)), total: rows.length };
      },
    );

    app.get(
      '/cities/compare',
      {
        schema: {
          operationId: 'compareCities',
          tags,
          summary: 'Two or more cities side by side',
          errors: [404],
          querystring: zCompareQuery,
          response: { 200: z.object({ items: z.array(zCityDetail) }) },
        },
      },
      async (request) => {
        const ids = [
          ...new Set(
            request.query.ids
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ];
        if (ids.length < 2)
          throw new AppError('validation_failed', 'Name at least two different cities to compare', 'ids');
        if (ids.length > 8) throw new AppError('validation_failed', 'Compare at most 8 cities at once', 'ids');
        const items = [];
        for (const id of ids) items.push(await present(await getCity(ctx.db, request.user, id), request.user));
        return { items };
      },
    );

    app.get(
      '/cities/:id',
      {
        schema: {
          operationId: 'getCity',
          tags,
          summary: 'A city profile with its practices',
          params: zIdParams,
          response: { 200: zCityDetail },
        },
      },
      async (request) => present(await getCity(ctx.db, request.user, request.params.id), request.user),
    );

    app.post(
      '/cities',
      {
        schema: {
          operationId: 'createCity',
          tags,
          summary: 'Add a city (administrators)',
          errors: [409],
          body: zCityWrite,
          response: { 201: zCityDetail },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await present(await createCity(ctx.db, request.user, request.body), request.user)),
    );

    app.put(
      '/cities/:id',
      {
        schema: {
          operationId: 'updateCity',
          tags,
          summary: 'Replace a city profile (its editors, administrators)',
          errors: [409],
          params: zIdParams,
          body: zCityWrite,
          response: { 200: zCityDetail },
        },
      },
      async (request) => {
        const { version, ...record } = request.body;
        return present(
          await updateCity(
            ctx.db,
            request.user,
            request.params.id,
            record,
            typeof version === 'number' ? version : null,
          ),
          request.user,
        );
      },
    );

    for (const [path, status] of [
      ['publish', 'published'],
      ['unpublish', 'draft'],
    ] as const) {
      app.post(
        `/cities/:id/${path}`,
        {
          schema: {
            operationId: `${path}City`,
            tags,
            summary: `${path === 'publish' ? 'Publish' : 'Unpublish'} a city profile`,
            params: zIdParams,
            response: { 200: zCityDetail },
          },
        },
        async (request) => present(await setCityStatus(ctx.db, request.user, request.params.id, status), request.user),
      );
    }

    app.get(
      '/cities/:id/revisions',
      {
        schema: {
          operationId: 'listCityRevisions',
          tags,
          summary: 'Revision history of a city profile',
          security: SECURITY.required,
          params: zIdParams,
          response: { 200: z.object({ items: z.array(zRevision) }) },
        },
      },
      async (request) => ({ items: await cityRevisions(ctx.db, request.user, request.params.id) }),
    );

    app.post(
      '/cities/:id/revisions/:version/restore',
      {
        schema: {
          operationId: 'restoreCityRevision',
          tags,
          summary: 'Restore an earlier revision of a city profile',
          params: zIdParams.extend({ version: z.coerce.number().int().min(1) }),
          response: { 200: zCityDetail },
        },
      },
      async (request) =>
        present(await restoreCity(ctx.db, request.user, request.params.id, request.params.version), request.user),
    );

    await app.register(
      translationRoutes(ctx.db, {
        plural: 'cities',
        name: 'City',
        tags,
        kind: CITY_TRANSLATION,
        ops: cityTranslations,
      }),
    );
  };
}
