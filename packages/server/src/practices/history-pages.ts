import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { practiceComparePage, practiceHistoryPage, practiceRevisionPage } from '@convivio/web';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import {
  comparePracticeRevisions,
  getPractice,
  practiceRevisions,
  readPracticeRecord,
  restorePractice,
} from './service.ts';
import { cityNames } from '../cities/service.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { noticeText, requireSignedIn, seeOther } from '../web/page-helpers.ts';

const params = (request: FastifyRequest) => request.params as { id: string; version?: string };

/** A practice's history, its earlier versions and restoring them (editors of its city, administrators). */
export function practiceHistoryPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/practices/:id/history', async (request, reply) => {
      const user = requireSignedIn(request);
      const revisions = await practiceRevisions(ctx.db, user, params(request).id);
      const row = await getPractice(ctx.db, user, params(request).id);
      const page = pageContext(request);
      return sendPage(
        reply,
        page,
        page.t('practice.history.title', { name: row.name }),
        practiceHistoryPage(page, {
          id: row.id,
          name: row.name,
          revisions,
          notice: noticeText(request, page.t, 'practice'),
        }),
      );
    });

    app.get('/practices/:id/history/compare', async (request, reply) => {
      const user = requireSignedIn(request);
      const { id } = params(request);
      const query = request.query as { from?: string; to?: string };
      const version = (v: string | undefined, field: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1)
          throw new AppError(
            'validation_failed',
            `${field === 'from' ? 'Older' : 'Newer'} version: choose a version`,
            field,
          );
        return n;
      };
      const c = await comparePracticeRevisions(ctx.db, user, id, version(query.from, 'from'), version(query.to, 'to'));
      const row = await getPractice(ctx.db, user, id);
      const page = pageContext(request);
      return sendPage(
        reply,
        page,
        page.t('history.compare.title', { from: c.from.version, to: c.to.version, name: row.name }),
        practiceComparePage(page, {
          id,
          name: row.name,
          from: c.from.version,
          to: c.to.version,
          versions: (await practiceRevisions(ctx.db, user, id)).map((r) => r.version),
          fields: c.fields,
        }),
      );
    });

    app.get('/practices/:id/history/:version', async (request, reply) => {
      const user = requireSignedIn(request);
      const { id, version } = params(request);
      const revisions = await practiceRevisions(ctx.db, user, id);
      const revision = revisions.find((r) => String(r.version) === version);
      if (!revision) throw new AppError('not_found', `Practice "${id}" has no version ${version}`, 'version');
      const page = pageContext(request);
      const record = readPracticeRecord(revision.record);
      return sendPage(
        reply,
        page,
        page.t('practice.revision.title', { version: revision.version, name: record.name }),
        practiceRevisionPage(page, {
          revision,
          record,
          currentVersion: revisions[0]?.version ?? revision.version,
          cityNames: await cityNames(ctx.db),
        }),
      );
    });

    app.post('/practices/:id/history/:version/restore', async (request, reply) => {
      const user = requireSignedIn(request);
      const { id, version } = params(request);
      const n = Number(version);
      if (!Number.isInteger(n) || n < 1)
        throw new AppError('not_found', `Practice "${id}" has no version ${version}`, 'version');
      await restorePractice(ctx.db, user, id, n);
      return seeOther(reply, `/practices/${id}/history?notice=restored`);
    });
  };
}
