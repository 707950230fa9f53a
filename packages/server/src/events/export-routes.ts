import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { siteIdentity } from './calendar-identity.ts';
import { eventCalendar, eventScheduleJson, eventScheduleXml } from './exports-service.ts';
import { zCalendarFile, zFrabSchedule } from './schema.ts';

const eventId = (req: FastifyRequest) => {
  const id = (req.params as { id?: unknown }).id;
  if (typeof id !== 'string' || !id || id.length > 200)
    throw new AppError('bad_request', 'An event id is required', 'id');
  return id;
};

/**
 * The public programme exports: iCalendar, Frab/pretalx JSON and Frab XML. Mounted
 * at the site root (/events/:id/…) and under /api/v1; drafts only for organisers.
 */
export function exportRoutes(ctx: AppContext, opts: { hide: boolean }): FastifyPluginAsync {
  return async (app) => {
    const schema = (operationId: string, summary: string, ok: object) => ({
      operationId,
      tags: ['events'],
      summary,
      hide: opts.hide,
      response: { 200: ok },
    });
    app.get(
      '/events/:id/calendar.ics',
      { schema: schema('getEventCalendar', 'The whole programme as iCalendar (RFC 5545, UTC times)', zCalendarFile) },
      async (req, reply) => {
        const cal = await eventCalendar(ctx.db, req.user, eventId(req), siteIdentity(ctx.config, req));
        return reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', `attachment; filename="${cal.filename}"`)
          .send(cal.body);
      },
    );
    app.get(
      '/events/:id/schedule.json',
      {
        schema: schema(
          'getEventScheduleJson',
          'The programme as Frab/pretalx schedule JSON (schedule → conference → days → rooms)',
          { description: 'Frab/pretalx schedule JSON', content: { 'application/json': { schema: zFrabSchedule } } },
        ),
      },
      async (req, reply) =>
        reply
          .type('application/json; charset=utf-8')
          .send(
            JSON.stringify(
              await eventScheduleJson(ctx.db, req.user, eventId(req), siteIdentity(ctx.config, req)),
              null,
              1,
            ),
          ),
    );
    app.get(
      '/events/:id/schedule.xml',
      {
        schema: schema('getEventScheduleXml', 'The programme as Frab schedule.xml (Giggity, ConfClerk)', {
          description: 'Frab schedule.xml',
          content: { 'application/xml': { schema: z.string().describe('A Frab schedule.xml document') } },
        }),
      },
      async (req, reply) =>
        reply
          .type('application/xml; charset=utf-8')
          .send(await eventScheduleXml(ctx.db, req.user, eventId(req), siteIdentity(ctx.config, req))),
    );
  };
}
