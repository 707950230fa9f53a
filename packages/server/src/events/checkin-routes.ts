import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { attendance, checkIn } from './checkin-service.ts';
import { zEventParams } from './schema.ts';

const tags = ['events'];

const zCheckInWrite = z
  .object({
    code: z.string().trim().min(1).max(200).optional().describe('The check-in code on the badge (its QR code)'),
    participantId: z.string().min(1).max(200).optional().describe('The registration, when found by name'),
    sessionId: z.string().min(1).max(200).nullable().optional().describe('A session; left out: the event itself'),
  })
  .refine((b) => (b.code === undefined) !== (b.participantId === undefined), {
    message: 'Give either the check-in code or the registration (participantId), not both',
    path: ['code'],
  })
  .meta({ id: 'CheckInWrite' });

const zCheckIn = z
  .object({
    participant: z.object({ id: z.string(), name: z.string(), organisation: z.string().nullable(), role: z.string() }),
    sessionId: z.string().nullable(),
    checkedInAt: z.iso.datetime(),
    checkedInBy: z.string().nullable().describe('The account that recorded the first check-in'),
    alreadyCheckedIn: z.boolean().describe('True when this person had been checked in here before (nothing changed)'),
  })
  .meta({ id: 'CheckIn' });

const zAttendance = z
  .object({
    registered: z.number().int(),
    checkedIn: z.number().int().describe('Checked in at the event'),
    sessions: z.array(
      z.object({
        sessionId: z.string(),
        title: z.string(),
        date: z.string(),
        start: z.string(),
        checkedIn: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'Attendance' });

/** Check-in and attendance (the event's organisers and administrators). */
export function checkInRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/events/:id/check-ins',
      {
        schema: {
          operationId: 'checkIn',
          tags,
          summary:
            'Check a person in at the event or a session, by badge code or registration (idempotent; organisers)',
          params: zEventParams,
          body: zCheckInWrite,
          response: { 200: zCheckIn },
        },
      },
      async (req) => checkIn(ctx.db, req.user, req.params.id, req.body),
    );
    app.get(
      '/events/:id/attendance',
      {
        schema: {
          operationId: 'getAttendance',
          tags,
          summary: 'How many people were checked in at the event and at each session (organisers)',
          security: SECURITY.required,
          params: zEventParams,
          response: { 200: zAttendance },
        },
      },
      async (req) => attendance(ctx.db, req.user, req.params.id),
    );
  };
}
