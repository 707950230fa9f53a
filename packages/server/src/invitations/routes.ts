import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { siteIdentity } from '../http/site-identity.ts';
import { pageLanguage } from '../web/context.ts';
import {
  zAcceptInvitation,
  zAcceptedInvitation,
  zCreateInvitation,
  zInvitation,
  zInvitationList,
  zInvitationQuery,
} from './schema.ts';
import { acceptInvitation, createInvitation, revokeInvitation, visibleInvitations } from './service.ts';

const tags = ['invitations'];

/** Inviting editors by e-mail, seeing and withdrawing invitations, and accepting one. */
export function invitationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/invitations',
      {
        schema: {
          operationId: 'createInvitation',
          tags,
          summary: "Invite someone by e-mail to edit a city (administrators, and the city's editors for their city)",
          security: SECURITY.required,
          body: zCreateInvitation,
          response: { 201: zInvitation },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await createInvitation(ctx, siteIdentity(ctx.config, req), req.user, req.body)),
    );

    app.get(
      '/invitations',
      {
        schema: {
          operationId: 'listInvitations',
          tags,
          summary: "Invitations: every city's for administrators, their own city's for editors",
          security: SECURITY.required,
          querystring: zInvitationQuery,
          response: { 200: zInvitationList },
        },
      },
      async (req) => ({ items: await visibleInvitations(ctx.db, req.user, req.query.cityId) }),
    );

    app.delete(
      '/invitations/:id',
      {
        schema: {
          operationId: 'revokeInvitation',
          tags,
          summary: 'Withdraw a pending invitation: its link stops working',
          security: SECURITY.required,
          errors: [409],
          params: z.object({ id: z.string() }),
          response: { 204: z.null().describe('Withdrawn') },
        },
      },
      async (req, reply) => {
        await revokeInvitation(ctx.db, req.user, req.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/invitations/accept',
      {
        schema: {
          operationId: 'acceptInvitation',
          tags,
          summary:
            "Accept an invitation with the link's secret (works once, expires): a new account needs a name and a password",
          security: SECURITY.none,
          errors: [404, 409, 410],
          body: zAcceptInvitation,
          response: { 200: zAcceptedInvitation },
        },
      },
      async (req) => acceptInvitation(ctx.db, req.body, pageLanguage(req)),
    );
  };
}
