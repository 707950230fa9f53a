import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { siteIdentity } from './calendar-identity.ts';
import { feedCalendar, feedPath, feedStatus, renewFeed, revokeFeed } from './calendar-feed-service.ts';
import { zCalendarFile, zNoContent, zParticipantParams } from './schema.ts';

const tags = ['events'];

const zFeedStatus = z
  .object({ exists: z.boolean(), createdAt: z.iso.datetime().nullable() })
  .meta({ id: 'CalendarFeedStatus' });
const zFeedCreated = z
  .object({
    url: z.string().describe('The secret subscription address (shown only in this answer)'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'CalendarFeed' });

/** Managing a registration's calendar subscription address (the participant; organisers may revoke). */
export function calendarFeedRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const url = '/events/:id/registrations/:participantId/calendar-feed';
    app.get(
      url,
      {
        schema: {
          operationId: 'getCalendarFeed',
          tags,
          summary: 'Whether the registration has a calendar subscription address',
          security: SECURITY.required,
          params: zParticipantParams,
          response: { 200: zFeedStatus },
        },
      },
      async (req) => feedStatus(ctx.db, req.user, req.params.id, req.params.participantId),
    );
    app.post(
      url,
      {
        schema: {
          operationId: 'renewCalendarFeed',
          tags,
          summary: 'Create or renew your secret calendar subscription address (the old one stops working)',
          params: zParticipantParams,
          response: { 201: zFeedCreated },
        },
      },
      async (req, reply) => {
        const feed = await renewFeed(ctx.db, req.user, req.params.id, req.params.participantId);
        const base = siteIdentity(ctx.config, req).baseUrl;
        return reply.status(201).send({ url: `${base}${feedPath(feed.token)}`, createdAt: feed.createdAt });
      },
    );
    app.delete(
      url,
      {
        schema: {
          operationId: 'revokeCalendarFeed',
          tags,
          summary: 'Revoke the calendar subscription address (the participant or the organisers)',
          params: zParticipantParams,
          response: { 204: zNoContent },
        },
      },
      async (req, reply) => {
        await revokeFeed(ctx.db, req.user, req.params.id, req.params.participantId);
        return reply.status(204).send();
      },
    );
  };
}

/** The subscription address itself: no session needed, the secret in the path is the credential. */
export function calendarFeedFile(ctx: AppContext, opts: { hide: boolean }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/events/feeds/:token/agenda.ics',
      {
        schema: {
          operationId: 'getSubscribedAgenda',
          tags,
          summary: 'A personal agenda at its secret subscription address (iCalendar; 404 once revoked)',
          hide: opts.hide,
          security: SECURITY.none,
          params: z.object({ token: z.string().min(1).max(200) }),
          response: { 200: zCalendarFile },
        },
      },
      async (req, reply) => {
        const cal = await feedCalendar(ctx.db, req.params.token, siteIdentity(ctx.config, req).host);
        return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, no-store').send(cal.body);
      },
    );
  };
}
