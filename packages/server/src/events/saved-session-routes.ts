import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { listSavedSessions, setSessionSaved } from './saved-sessions.ts';
import { zNoContent, zParticipantParams } from './schema.ts';

const tags = ['events'];
const zSavedSessionParams = zParticipantParams.extend({ sessionId: z.string().min(1).max(200) });

/** The sessions a participant adds to their personal agenda (the participant only). */
export function savedSessionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/events/:id/registrations/:participantId/saved-sessions',
      {
        schema: {
          operationId: 'listSavedSessions',
          tags,
          summary: 'The sessions you added to your agenda, in programme order',
          security: SECURITY.required,
          params: zParticipantParams,
          response: { 200: z.object({ items: z.array(z.string()).describe('Session ids') }) },
        },
      },
      async (req) => ({ items: await listSavedSessions(ctx.db, req.user, req.params.id, req.params.participantId) }),
    );

    app.put(
      '/events/:id/registrations/:participantId/saved-sessions/:sessionId',
      {
        schema: {
          operationId: 'addSavedSession',
          tags,
          summary: 'Add a session to your agenda (no seat is booked; adding twice is fine)',
          params: zSavedSessionParams,
          response: { 204: zNoContent },
        },
      },
      async (req, reply) => {
        const { id, participantId, sessionId } = req.params;
        await setSessionSaved(ctx.db, req.user, id, participantId, sessionId, true);
        return reply.status(204).send();
      },
    );

    app.delete(
      '/events/:id/registrations/:participantId/saved-sessions/:sessionId',
      {
        schema: {
          operationId: 'removeSavedSession',
          tags,
          summary: 'Remove a session from your agenda',
          params: zSavedSessionParams,
          response: { 204: zNoContent },
        },
      },
      async (req, reply) => {
        const { id, participantId, sessionId } = req.params;
        await setSessionSaved(ctx.db, req.user, id, participantId, sessionId, false);
        return reply.status(204).send();
      },
    );
  };
}
