import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { calendarFeedPage } from '@convivio/web';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { getVisibleEvent } from './access.ts';
import { feedPath, feedStatus, renewFeed, revokeFeed } from './calendar-feed-service.ts';
import { siteIdentity } from './calendar-identity.ts';
import { findParticipantOfUser } from './participant-queries.ts';

/** The participant's page for their calendar subscription address: make or renew it (shown once), revoke it. */
export function calendarFeedPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const db = ctx.db;

    async function mine(request: FastifyRequest) {
      const user = requireSignedIn(request);
      const event = await getVisibleEvent(db, user, (request.params as { id: string }).id);
      const row = await findParticipantOfUser(db, event.id, user.id);
      if (!row) throw new AppError('not_found', 'You are not registered for this event');
      return { user, event, row };
    }

    async function show(request: FastifyRequest, reply: FastifyReply, newUrl: string | null, notice: string | null) {
      const { user, event, row } = await mine(request);
      const page = pageContext(request);
      const status = await feedStatus(db, user, event.id, row.id);
      return sendPage(
        reply,
        page,
        page.t('events.feed.title', { event: event.record.name }),
        calendarFeedPage(page, {
          event: { id: event.id, name: event.record.name },
          createdAt: status.createdAt,
          newUrl,
          notice,
        }),
        { scripts: ['/static/copy.js'] },
      );
    }

    app.get('/events/:id/me/calendar-feed', async (request, reply) => {
      const revoked = (request.query as { notice?: string }).notice === 'revoked';
      return show(request, reply, null, revoked ? pageContext(request).t('events.feed.revoked') : null);
    });

    // The new address is shown in this answer only (it is not stored), so no redirect here.
    app.post('/events/:id/me/calendar-feed', async (request, reply) => {
      const { user, event, row } = await mine(request);
      const feed = await renewFeed(db, user, event.id, row.id);
      return show(request, reply, `${siteIdentity(ctx.config, request).baseUrl}${feedPath(feed.token)}`, null);
    });

    app.post('/events/:id/me/calendar-feed/revoke', async (request, reply) => {
      const { user, event, row } = await mine(request);
      await revokeFeed(db, user, event.id, row.id);
      return seeOther(reply, `/events/${event.id}/me/calendar-feed?notice=revoked`);
    });
  };
}
