import type { FastifyPluginAsync } from 'fastify';
import { themePage, themesPage } from '@convivio/web';
import type { AppContext } from '../context.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { themeFollowLinks } from './follow-links.ts';
import { themeDetail, themesWithCounts } from './themes.ts';

/** /themes and /themes/{slug}: the practice themes, each with a Follow button for signed-in people. */
export function themePages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const { db } = ctx;

    app.get('/themes', async (request, reply) => {
      const page = pageContext(request);
      return sendPage(reply, page, page.t('themes.title'), themesPage(page, await themesWithCounts(db)));
    });

    app.get('/themes/:slug', async (request, reply) => {
      const page = pageContext(request);
      const detail = await themeDetail(db, (request.params as { slug: string }).slug);
      const followed =
        request.user && themeFollowLinks.followed
          ? (await themeFollowLinks.followed(db, request.user.id)).includes(detail.slug)
          : null;
      return sendPage(reply, page, page.t(`theme.${detail.slug}`), themePage(page, { ...detail, followed }));
    });
  };
}
