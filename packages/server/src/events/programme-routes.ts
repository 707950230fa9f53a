import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { presentEvent } from './presenter.ts';
import * as edit from './programme-edits.ts';
import { assertCanRecordKeyMessages } from './access.ts';
import { addRapporteur, listRapporteurs, removeRapporteur } from './roles-service.ts';
import {
  zChoiceGroupWrite,
  zEventDetail,
  zEventParams,
  zKeyMessagesWrite,
  zNestedParams,
  zNoContent,
  zPeopleWrite,
  zPersonRef,
  zRoomWrite,
  zSessionWrite,
  zVenueWrite,
} from './schema.ts';
import { changeEvent } from './service.ts';

const tags = ['events'];

/** Editing the parts of a programme: venues and rooms, choice groups, sessions, people, key messages, rapporteurs. */
export function programmeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const change = async (
      user: Parameters<typeof changeEvent>[1],
      id: string,
      action: string,
      fn: Parameters<typeof changeEvent>[4],
    ) => presentEvent(await changeEvent(ctx.db, user, id, action, fn));
    const ok = { 200: zEventDetail };
    const created = { 201: zEventDetail };

    app.post(
      '/events/:id/venues',
      {
        schema: {
          operationId: 'addVenue',
          tags,
          summary: 'Add a venue (organisers)',
          errors: [409],
          params: zEventParams,
          body: zVenueWrite,
          response: created,
        },
      },
      async (req, reply) =>
        reply.status(201).send(await change(req.user, req.params.id, 'add venue', (r) => edit.addVenue(r, req.body))),
    );
    app.put(
      '/events/:id/venues/:venueId',
      {
        schema: {
          operationId: 'updateVenue',
          tags,
          summary: 'Change a venue (its rooms are kept unless sent)',
          errors: [409],
          params: zNestedParams('venueId'),
          body: zVenueWrite,
          response: ok,
        },
      },
      async (req) =>
        change(req.user, req.params.id, 'change venue', (r) => edit.updateVenue(r, req.params.venueId, req.body)),
    );
    app.delete(
      '/events/:id/venues/:venueId',
      {
        schema: {
          operationId: 'deleteVenue',
          tags,
          summary: 'Remove a venue no session uses',
          errors: [409],
          params: zNestedParams('venueId'),
          response: ok,
        },
      },
      async (req) => change(req.user, req.params.id, 'remove venue', (r) => edit.deleteVenue(r, req.params.venueId)),
    );

    app.post(
      '/events/:id/venues/:venueId/rooms',
      {
        schema: {
          operationId: 'addRoom',
          tags,
          summary: 'Add a room with its capacity',
          errors: [409],
          params: zNestedParams('venueId'),
          body: zRoomWrite,
          response: created,
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(
            await change(req.user, req.params.id, 'add room', (r) => edit.addRoom(r, req.params.venueId, req.body)),
          ),
    );
    app.put(
      '/events/:id/rooms/:roomId',
      {
        schema: {
          operationId: 'updateRoom',
          tags,
          summary: 'Change a room',
          errors: [409],
          params: zNestedParams('roomId'),
          body: zRoomWrite,
          response: ok,
        },
      },
      async (req) =>
        change(req.user, req.params.id, 'change room', (r) => edit.updateRoom(r, req.params.roomId, req.body)),
    );
    app.delete(
      '/events/:id/rooms/:roomId',
      {
        schema: {
          operationId: 'deleteRoom',
          tags,
          summary: 'Remove a room no session uses',
          errors: [409],
          params: zNestedParams('roomId'),
          response: ok,
        },
      },
      async (req) => change(req.user, req.params.id, 'remove room', (r) => edit.deleteRoom(r, req.params.roomId)),
    );

    app.post(
      '/events/:id/choice-groups',
      {
        schema: {
          operationId: 'addChoiceGroup',
          tags,
          summary: 'Add a choice group (parallel sessions participants choose between)',
          errors: [409],
          params: zEventParams,
          body: zChoiceGroupWrite,
          response: created,
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await change(req.user, req.params.id, 'add choice group', (r) => edit.addChoiceGroup(r, req.body))),
    );
    app.put(
      '/events/:id/choice-groups/:groupId',
      {
        schema: {
          operationId: 'updateChoiceGroup',
          tags,
          summary: 'Change a choice group',
          errors: [409],
          params: zNestedParams('groupId'),
          body: zChoiceGroupWrite,
          response: ok,
        },
      },
      async (req) =>
        change(req.user, req.params.id, 'change choice group', (r) =>
          edit.updateChoiceGroup(r, req.params.groupId, req.body),
        ),
    );
    app.delete(
      '/events/:id/choice-groups/:groupId',
      {
        schema: {
          operationId: 'deleteChoiceGroup',
          tags,
          summary: 'Remove a choice group no session uses',
          errors: [409],
          params: zNestedParams('groupId'),
          response: ok,
        },
      },
      async (req) =>
        change(req.user, req.params.id, 'remove choice group', (r) => edit.deleteChoiceGroup(r, req.params.groupId)),
    );

    app.post(
      '/events/:id/sessions',
      {
        schema: {
          operationId: 'addEventSession',
          tags,
          summary: 'Add a session',
          errors: [409],
          params: zEventParams,
          body: zSessionWrite,
          response: created,
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await change(req.user, req.params.id, 'add session', (r) => edit.addSession(r, req.body))),
    );
    app.put(
      '/events/:id/sessions/:sessionId',
      {
        schema: {
          operationId: 'updateEventSession',
          tags,
          summary: 'Change a session',
          errors: [409],
          params: zNestedParams('sessionId'),
          body: zSessionWrite,
          response: ok,
        },
      },
      async (req) =>
        change(req.user, req.params.id, 'change session', (r) => edit.updateSession(r, req.params.sessionId, req.body)),
    );
    app.delete(
      '/events/:id/sessions/:sessionId',
      {
        schema: {
          operationId: 'deleteEventSession',
          tags,
          summary: 'Remove a session',
          errors: [409],
          params: zNestedParams('sessionId'),
          response: ok,
        },
      },
      async (req) =>
        change(req.user, req.params.id, 'remove session', (r) => edit.deleteSession(r, req.params.sessionId)),
    );

    app.put(
      '/events/:id/sessions/:sessionId/people',
      {
        schema: {
          operationId: 'setSessionPeople',
          tags,
          summary: 'Replace the speakers, moderators, facilitators and rapporteurs of a session',
          errors: [409],
          params: zNestedParams('sessionId'),
          body: zPeopleWrite,
          response: ok,
        },
      },
      async (req) =>
        change(req.user, req.params.id, 'change people', (r) =>
          edit.setSessionPeople(r, req.params.sessionId, req.body.people),
        ),
    );

    app.put(
      '/events/:id/sessions/:sessionId/key-messages',
      {
        schema: {
          operationId: 'setSessionKeyMessages',
          tags,
          summary: "Record a session's key messages (its rapporteurs and the organisers)",
          errors: [409],
          params: zNestedParams('sessionId'),
          body: zKeyMessagesWrite,
          response: ok,
        },
      },
      async (req) => {
        const { id } = req.params;
        const sessionId = req.params.sessionId;
        return presentEvent(
          await changeEvent(
            ctx.db,
            req.user,
            id,
            'record key messages',
            (r) => edit.setSessionKeyMessages(r, sessionId, req.body.keyMessages),
            { authorise: (tx) => assertCanRecordKeyMessages(tx, req.user, id, sessionId) },
          ),
        );
      },
    );

    const rapporteurParams = zNestedParams('sessionId').extend({ userId: z.string().min(1).max(200) });
    app.get(
      '/events/:id/sessions/:sessionId/rapporteurs',
      {
        schema: {
          operationId: 'listSessionRapporteurs',
          tags,
          summary: 'Accounts that may record the key messages of a session (organisers)',
          security: SECURITY.required,
          params: zNestedParams('sessionId'),
          response: { 200: z.object({ items: z.array(zPersonRef) }) },
        },
      },
      async (req) => ({
        items: await listRapporteurs(ctx.db, req.user, req.params.id, req.params.sessionId),
      }),
    );
    app.put(
      '/events/:id/sessions/:sessionId/rapporteurs/:userId',
      {
        schema: {
          operationId: 'addSessionRapporteur',
          tags,
          summary: 'Name an account rapporteur of a session (organisers)',
          params: rapporteurParams,
          response: { 204: zNoContent },
        },
      },
      async (req, reply) => {
        await addRapporteur(ctx.db, req.user, req.params.id, req.params.sessionId, req.params.userId);
        return reply.status(204).send();
      },
    );
    app.delete(
      '/events/:id/sessions/:sessionId/rapporteurs/:userId',
      {
        schema: {
          operationId: 'removeSessionRapporteur',
          tags,
          summary: 'Remove a rapporteur (organisers)',
          params: rapporteurParams,
          response: { 204: zNoContent },
        },
      },
      async (req, reply) => {
        await removeRapporteur(ctx.db, req.user, req.params.id, req.params.sessionId, req.params.userId);
        return reply.status(204).send();
      },
    );
  };
}
