import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { SECURITY } from '../http/openapi.ts';
import type { AssignmentReport } from './assignment-report.ts';
import { latestAssignmentReport } from './assignment-service.ts';
import { siteIdentity } from './calendar-identity.ts';
import { assignAndAnnounce } from './event-mail.ts';
import { listParticipants } from './participant-queries.ts';
import { presentReport } from './presenter.ts';
import { zAssignmentReport, zAssignmentRun, zEventParams } from './schema.ts';

const tags = ['events'];

/** A report with the current names of the participants it lists. */
export async function namedReport(db: Database, eventId: string, report: AssignmentReport) {
  const names = new Map((await listParticipants(db, eventId)).map((p) => [p.id, p.name]));
  return presentReport(report, names);
}

/** Running the fair assignment and reading its report (organisers). */
export function assignmentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/events/:id/assignment',
      {
        schema: {
          operationId: 'runAssignment',
          tags,
          errors: [422],
          params: zEventParams,
          body: zAssignmentRun,
          response: { 200: zAssignmentReport },
          summary:
            'Assign every participant to one option per round of every choice point (organisers); re-running moves as few people as possible; 422 names a choice point without enough seats',
        },
      },
      async (req) =>
        namedReport(
          ctx.db,
          req.params.id,
          await assignAndAnnounce(ctx, siteIdentity(ctx.config, req), req.user, req.params.id, {
            waitingList: req.body?.waitingList,
          }),
        ),
    );

    app.get(
      '/events/:id/assignment',
      {
        schema: {
          operationId: 'getAssignment',
          tags,
          summary: 'The latest assignment report (organisers)',
          security: SECURITY.required,
          params: zEventParams,
          response: { 200: z.object({ report: zAssignmentReport.nullable() }) },
        },
      },
      async (req) => {
        const report = await latestAssignmentReport(ctx.db, req.user, req.params.id);
        return { report: report ? await namedReport(ctx.db, req.params.id, report) : null };
      },
    );
  };
}
