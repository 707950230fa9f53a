import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { getPractice } from '../practices/service.ts';
import { assignmentRoutes } from './assignment-routes.ts';
import { calendarFeedFile, calendarFeedRoutes } from './calendar-feed-routes.ts';
import { checkInRoutes } from './checkin-routes.ts';
import { choicePointsOf } from './choice-points.ts';
import { exportRoutes } from './export-routes.ts';
import { getVisibleEvent } from './access.ts';
import { presentEvent, presentEventSummary } from './presenter.ts';
import { programmeRoutes } from './programme-routes.ts';
import { organisedEventIds, listEvents } from './queries.ts';
import { registrationRoutes } from './registration-routes.ts';
import { savedSessionRoutes } from './saved-session-routes.ts';
import { addOrganiser, listOrganisers, removeOrganiser } from './roles-service.ts';
import {
  zChoicePoint,
  zEventDetail,
  zEventParams,
  zEventQuery,
  zEventSettings,
  zEventSummary,
  zEventWrite,
  zNoContent,
  zPersonRef,
  zPracticeEvents,
  zUserParams,
} from './schema.ts';
import { eventsOfPractice } from './exports-service.ts';
import { createEvent, deleteEvent, replaceEvent, setEventSettings } from './service.ts';

const tags = ['events'];

/** The events API: programmes, organisers, registrations, rankings, assignment and exports. */
export function eventRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/events',
      {
        schema: {
          operationId: 'listEvents',
          tags,
          summary: 'Events, latest first (drafts only for their organisers)',
          querystring: zEventQuery,
          response: { 200: z.object({ items: z.array(zEventSummary) }) },
        },
      },
      async (req) => {
        const draftsOf = can(req.user, 'events.seeAllDrafts', null)
          ? null
          : req.user
            ? await organisedEventIds(ctx.db, req.user.id)
            : [];
        return {
          items: (await listEvents(ctx.db, { draftsOf, practiceId: req.query.practiceId })).map(presentEventSummary),
        };
      },
    );

    app.post(
      '/events',
      {
        schema: {
          operationId: 'createEvent',
          tags,
          summary: 'Create an event (administrators; a draft unless status is "published")',
          errors: [409],
          body: zEventWrite,
          querystring: z.object({ status: z.enum(['draft', 'published']).default('draft') }),
          response: { 201: zEventDetail },
        },
      },
      async (req, reply) =>
        reply.status(201).send(presentEvent(await createEvent(ctx.db, req.user, req.body, req.query.status))),
    );

    app.get(
      '/events/:id',
      {
        schema: {
          operationId: 'getEvent',
          tags,
          summary:
            'The programme of an event: days, venues, rooms, sessions, speakers, key messages (no participant data)',
          params: zEventParams,
          response: { 200: zEventDetail },
        },
      },
      async (req) => presentEvent(await getVisibleEvent(ctx.db, req.user, req.params.id)),
    );

    app.put(
      '/events/:id',
      {
        schema: {
          operationId: 'updateEvent',
          tags,
          summary: "Replace an event's whole programme record (organisers)",
          errors: [409],
          params: zEventParams,
          body: zEventWrite,
          response: { 200: zEventDetail },
        },
      },
      async (req) => {
        const { version, ...record } = req.body;
        return presentEvent(
          await replaceEvent(ctx.db, req.user, req.params.id, record, typeof version === 'number' ? version : null),
        );
      },
    );

    app.delete(
      '/events/:id',
      {
        schema: {
          operationId: 'deleteEvent',
          tags,
          summary: 'Delete an event with its registrations (administrators)',
          params: zEventParams,
          response: { 204: zNoContent },
        },
      },
      async (req, reply) => {
        await deleteEvent(ctx.db, req.user, req.params.id);
        return reply.status(204).send();
      },
    );

    app.patch(
      '/events/:id/settings',
      {
        schema: {
          operationId: 'updateEventSettings',
          tags,
          summary: 'Publish; open or close registration and choices; switch the waiting list (organisers)',
          params: zEventParams,
          body: zEventSettings,
          response: { 200: zEventDetail },
        },
      },
      async (req) => presentEvent(await setEventSettings(ctx.db, req.user, req.params.id, req.body)),
    );

    app.get(
      '/events/:id/choice-points',
      {
        schema: {
          operationId: 'listChoicePoints',
          tags,
          summary: 'What participants rank: parallel slots and projects corners with their options',
          params: zEventParams,
          response: { 200: z.object({ items: z.array(zChoicePoint) }) },
        },
      },
      async (req) => ({ items: choicePointsOf((await getVisibleEvent(ctx.db, req.user, req.params.id)).record) }),
    );

    app.get(
      '/events/:id/organisers',
      {
        schema: {
          operationId: 'listEventOrganisers',
          tags,
          summary: "The event's organisers (organisers and administrators)",
          security: SECURITY.required,
          params: zEventParams,
          response: { 200: z.object({ items: z.array(zPersonRef) }) },
        },
      },
      async (req) => ({ items: await listOrganisers(ctx.db, req.user, req.params.id) }),
    );
    app.put(
      '/events/:id/organisers/:userId',
      {
        schema: {
          operationId: 'addEventOrganiser',
          tags,
          summary: 'Make an account organiser of the event (administrators)',
          params: zUserParams,
          response: { 204: zNoContent },
        },
      },
      async (req, reply) => {
        await addOrganiser(ctx.db, req.user, req.params.id, req.params.userId);
        return reply.status(204).send();
      },
    );
    app.delete(
      '/events/:id/organisers/:userId',
      {
        schema: {
          operationId: 'removeEventOrganiser',
          tags,
          summary: 'Remove an organiser (administrators)',
          params: zUserParams,
          response: { 204: zNoContent },
        },
      },
      async (req, reply) => {
        await removeOrganiser(ctx.db, req.user, req.params.id, req.params.userId);
        return reply.status(204).send();
      },
    );

    app.get(
      '/practices/:id/events',
      {
        schema: {
          operationId: 'listPracticeEvents',
          tags: ['events', 'practices'],
          summary: 'Events where a practice was presented',
          params: zEventParams,
          response: { 200: zPracticeEvents },
        },
      },
      async (req) => {
        await getPractice(ctx.db, req.user, req.params.id);
        return { items: await eventsOfPractice(ctx.db, req.params.id) };
      },
    );

    await app.register(programmeRoutes(ctx));
    await app.register(registrationRoutes(ctx));
    await app.register(savedSessionRoutes(ctx));
    await app.register(assignmentRoutes(ctx));
    await app.register(exportRoutes(ctx, { hide: false }));
    await app.register(calendarFeedRoutes(ctx));
    await app.register(calendarFeedFile(ctx, { hide: false }));
    await app.register(checkInRoutes(ctx));
  };
}
