import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { presentPractice } from './presenter.ts';
import { zIdParams } from '../records/schema.ts';
import { translationRoutes } from '../records/translation-routes.ts';
import { PRACTICE_TRANSLATION, practiceTranslations } from './translations.ts';
import { zRevision, zRevisionComparison } from '../revisions/schema.ts';
import { zPracticeDetail, zPracticeWrite, zSearchQuery, zSearchResponse } from './schema.ts';
import { runPracticeSearch } from './search-service.ts';
import {
  createPractice,
  getPractice,
  comparePracticeRevisions,
  practiceRevisions,
  relatedPractices,
  restorePractice,
  setPracticeStatus,
  updatePractice,
} from './service.ts';

const tags = ['practices'];

/** The practice library API. */
export function practiceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const present = async (row: Awaited<ReturnType<typeof getPractice>>) =>
      presentPractice(row, await relatedPractices(ctx.db, row.id));

    app.get(
      '/practices',
      {
        schema: {
          operationId: 'listPractices',
          tags,
          summary: 'Search practices with facets',
          querystring: zSearchQuery,
          response: { 200: zSearchResponse },
        },
      },
      async (request) => runPracticeSearch(ctx.db, request.user, request.query),
    );

    app.get(
      '/practices/:id',
      {
        schema: {
          operationId: 'getPractice',
          tags,
          summary: 'One practice in the full template',
          params: zIdParams,
          response: { 200: zPracticeDetail },
        },
      },
      async (request) => present(await getPractice(ctx.db, request.user, request.params.id)),
    );

    app.post(
      '/practices',
      {
        schema: {
          operationId: 'createPractice',
          tags,
          summary: 'Create a practice (a draft unless status is "published")',
          errors: [409],
          body: zPracticeWrite,
          querystring: z.object({ status: z.enum(['draft', 'published']).default('draft') }),
          response: { 201: zPracticeDetail },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await present(await createPractice(ctx.db, request.user, request.body, request.query.status))),
    );

    app.put(
      '/practices/:id',
      {
        schema: {
          operationId: 'updatePractice',
          tags,
          summary: "Replace a practice's content (send `version` to guard against concurrent edits)",
          errors: [409],
          params: zIdParams,
          body: zPracticeWrite,
          response: { 200: zPracticeDetail },
        },
      },
      async (request) => {
        const { version, ...record } = request.body;
        return present(
          await updatePractice(
            ctx.db,
            request.user,
            request.params.id,
            record,
            typeof version === 'number' ? version : null,
          ),
        );
      },
    );

    for (const [path, status] of [
      ['publish', 'published'],
      ['unpublish', 'draft'],
    ] as const) {
      app.post(
        `/practices/:id/${path}`,
        {
          schema: {
            operationId: `${path}Practice`,
            tags,
            summary: `${path === 'publish' ? 'Publish' : 'Unpublish'} a practice`,
            params: zIdParams,
            response: { 200: zPracticeDetail },
          },
        },
        async (request) => present(await setPracticeStatus(ctx.db, request.user, request.params.id, status)),
      );
    }

    app.get(
      '/practices/:id/revisions',
      {
        schema: {
          operationId: 'listPracticeRevisions',
          tags,
          summary: 'Revision history (editors of its city, administrators)',
          security: SECURITY.required,
          params: zIdParams,
          response: { 200: z.object({ items: z.array(zRevision) }) },
        },
      },
      async (request) => ({ items: await practiceRevisions(ctx.db, request.user, request.params.id) }),
    );

    app.get(
      '/practices/:id/revisions/compare',
      {
        schema: {
          operationId: 'comparePracticeRevisions',
          tags,
          summary: 'What changed between two revisions, field by field (editors of its city, administrators)',
          security: SECURITY.required,
          params: zIdParams,
          querystring: z.object({
            from: z.coerce.number().int().min(1).describe('The older version'),
            to: z.coerce.number().int().min(1).describe('The newer version'),
          }),
          response: { 200: zRevisionComparison },
        },
      },
      async (request) => {
        const { id } = request.params;
        const c = await comparePracticeRevisions(ctx.db, request.user, id, request.query.from, request.query.to);
        return { from: c.from.version, to: c.to.version, fields: c.fields };
      },
    );

    app.post(
      '/practices/:id/revisions/:version/restore',
      {
        schema: {
          operationId: 'restorePracticeRevision',
          tags,
          summary: 'Restore an earlier revision as a new one (422 when it breaks the rules in force today)',
          errors: [422],
          params: zIdParams.extend({ version: z.coerce.number().int().min(1) }),
          response: { 200: zPracticeDetail },
        },
      },
      async (request) =>
        present(await restorePractice(ctx.db, request.user, request.params.id, request.params.version)),
    );

    await app.register(
      translationRoutes(ctx.db, {
        plural: 'practices',
        name: 'Practice',
        tags,
        kind: PRACTICE_TRANSLATION,
        ops: practiceTranslations,
      }),
    );
  };
}
