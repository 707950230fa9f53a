import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { assignmentsOf, rankingsOf } from './participant-queries.ts';
import { siteIdentity } from './calendar-identity.ts';
import { mailRegistration } from './event-mail.ts';
import { myRegistration, participantAgenda, participantCalendar, registrationDetail } from './participant-views.ts';
import { presentParticipant } from './presenter.ts';
import {
  listRegistrations,
  registerParticipant,
  setRankings,
  updateRegistration,
  withdrawRegistration,
} from './registration-service.ts';
import {
  zAgendaItem,
  zCalendarFile,
  zEventParams,
  zNoContent,
  zParticipantParams,
  zRankingsWrite,
  zRegistration,
  zRegistrationWrite,
} from './schema.ts';
import { zRegistrationInput } from '@convivio/shared';

const tags = ['events'];

/** Registration, rankings, agenda and withdrawal: for the participant themselves and the event's organisers. */
export function registrationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/events/:id/registrations',
      {
        schema: {
          operationId: 'createRegistration',
          tags,
          summary: 'Register yourself (any account), or someone else (organisers; userId)',
          errors: [409],
          params: zEventParams,
          body: zRegistrationWrite,
          response: { 201: zRegistration },
        },
      },
      async (req, reply) => {
        const { userId, ...input } = req.body;
        const row = await registerParticipant(ctx.db, req.user, req.params.id, input, userId);
        await mailRegistration(ctx, siteIdentity(ctx.config, req), row);
        return reply.status(201).send(presentParticipant(row));
      },
    );

    app.get(
      '/events/:id/registrations',
      {
        schema: {
          operationId: 'listRegistrations',
          tags,
          summary: 'Every registration with rankings and assignments (organisers)',
          security: SECURITY.required,
          params: zEventParams,
          response: { 200: z.object({ items: z.array(zRegistration) }) },
        },
      },
      async (req) => {
        const rows = await listRegistrations(ctx.db, req.user, req.params.id);
        const rankings = await rankingsOf(ctx.db, req.params.id);
        const assignments = await assignmentsOf(ctx.db, req.params.id);
        return { items: rows.map((r) => presentParticipant(r, rankings.get(r.id), assignments.get(r.id))) };
      },
    );

    app.get(
      '/events/:id/registrations/me',
      {
        schema: {
          operationId: 'getMyRegistration',
          tags,
          summary: 'Your own registration, or null',
          security: SECURITY.required,
          params: zEventParams,
          response: { 200: z.object({ registration: zRegistration.nullable() }) },
        },
      },
      async (req) => ({ registration: await myRegistration(ctx.db, req.user, req.params.id) }),
    );

    app.get(
      '/events/:id/registrations/:participantId',
      {
        schema: {
          operationId: 'getRegistration',
          tags,
          summary: 'One registration (the participant and organisers)',
          security: SECURITY.required,
          params: zParticipantParams,
          response: { 200: zRegistration },
        },
      },
      async (req) => registrationDetail(ctx.db, req.user, req.params.id, req.params.participantId),
    );

    app.put(
      '/events/:id/registrations/:participantId',
      {
        schema: {
          operationId: 'updateRegistration',
          tags,
          summary: "Change a registration's details",
          params: zParticipantParams,
          body: zRegistrationInput,
          response: { 200: zRegistration },
        },
      },
      async (req) => {
        await updateRegistration(ctx.db, req.user, req.params.id, req.params.participantId, req.body);
        return registrationDetail(ctx.db, req.user, req.params.id, req.params.participantId);
      },
    );

    app.delete(
      '/events/:id/registrations/:participantId',
      {
        schema: {
          operationId: 'withdrawRegistration',
          tags,
          summary: 'Withdraw: erases the personal data and frees the seats',
          params: zParticipantParams,
          response: { 204: zNoContent },
        },
      },
      async (req, reply) => {
        await withdrawRegistration(ctx.db, req.user, req.params.id, req.params.participantId);
        return reply.status(204).send();
      },
    );

    app.put(
      '/events/:id/registrations/:participantId/rankings',
      {
        schema: {
          operationId: 'setRankings',
          tags,
          summary: 'Rank the options of choice points, best first (until choices close)',
          errors: [409],
          params: zParticipantParams,
          body: zRankingsWrite,
          response: { 200: z.object({ rankings: z.record(z.string(), z.array(z.string())) }) },
        },
      },
      async (req) => ({
        rankings: await setRankings(ctx.db, req.user, req.params.id, req.params.participantId, req.body.rankings),
      }),
    );

    app.get(
      '/events/:id/registrations/:participantId/agenda',
      {
        schema: {
          operationId: 'getAgenda',
          tags,
          summary: 'Personal agenda: sessions for everybody plus own assignments',
          security: SECURITY.required,
          params: zParticipantParams,
          response: { 200: z.object({ items: z.array(zAgendaItem) }) },
        },
      },
      async (req) => ({
        items: (await participantAgenda(ctx.db, req.user, req.params.id, req.params.participantId)).items,
      }),
    );

    app.get(
      '/events/:id/registrations/:participantId/calendar.ics',
      {
        schema: {
          operationId: 'getAgendaCalendar',
          tags,
          summary: 'Personal agenda as iCalendar (RFC 5545)',
          security: SECURITY.required,
          params: zParticipantParams,
          response: { 200: zCalendarFile },
        },
      },
      async (req, reply) => {
        const cal = await participantCalendar(
          ctx.db,
          req.user,
          req.params.id,
          req.params.participantId,
          siteIdentity(ctx.config, req).host,
        );
        return reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', `attachment; filename="${cal.filename}"`)
          .send(cal.body);
      },
    );
  };
}
