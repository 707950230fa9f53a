import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { exportHeaderLanguage } from '../csv/header-language.ts';
import { SECURITY } from '../http/openapi.ts';
import { presentCityAssessments, presentCityHelp, presentCycle, presentCycleReport } from './cycle-presenter.ts';
import { cycleReportCsv } from './cycle-report.ts';
import {
  zAssessment,
  zAssessmentBody,
  zAssessmentParams,
  zCityAssessments,
  zCityHelpResponse,
  zCycle,
  zCycleBody,
  zCycleCityParams,
  zCycleList,
  zCycleParams,
  zCycleReportCsv,
  zCycleReportQuery,
  zCycleReportResponse,
} from './cycle-schema.ts';
import {
  createCycle,
  cityHelp,
  cycleReport,
  getCityAssessments,
  getCycle,
  listCycles,
  setAssessment,
  updateCycle,
} from './cycle-service.ts';

const tags = ['charter'];

/** The charter's monitoring cycles: cycles, each signatory city's assessments, the cycle report, where help could come from. */
export function charterCycleRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const { db } = ctx;

    app.get(
      '/charter/cycles',
      {
        schema: {
          operationId: 'listCharterCycles',
          tags,
          summary: "The charter's two-year monitoring cycles, the latest first",
          response: { 200: zCycleList },
        },
      },
      async () => ({ items: (await listCycles(db)).map(presentCycle) }),
    );

    app.post(
      '/charter/cycles',
      {
        schema: {
          operationId: 'createCharterCycle',
          tags,
          summary: 'Open a monitoring cycle of at most two years (administrators)',
          security: SECURITY.required,
          body: zCycleBody,
          response: { 201: zCycle },
        },
      },
      async (request, reply) => reply.status(201).send(presentCycle(await createCycle(db, request.user, request.body))),
    );

    app.get(
      '/charter/cycles/:cycleId',
      {
        schema: {
          operationId: 'getCharterCycle',
          tags,
          summary: 'One monitoring cycle',
          params: zCycleParams,
          response: { 200: zCycle },
        },
      },
      async (request) => presentCycle(await getCycle(db, request.params.cycleId)),
    );

    app.put(
      '/charter/cycles/:cycleId',
      {
        schema: {
          operationId: 'updateCharterCycle',
          tags,
          summary: 'Rename, re-date, close or reopen a monitoring cycle (administrators)',
          security: SECURITY.required,
          params: zCycleParams,
          body: zCycleBody,
          response: { 200: zCycle },
        },
      },
      async (request) => presentCycle(await updateCycle(db, request.user, request.params.cycleId, request.body)),
    );

    app.get(
      '/charter/cycles/:cycleId/report',
      {
        schema: {
          operationId: 'getCharterCycleReport',
          tags,
          summary: 'The cycle report: commitments × cities, and the change per commitment since an earlier cycle',
          params: zCycleParams,
          querystring: zCycleReportQuery,
          response: {
            200: {
              description: 'The report as JSON, or with format=csv as one CSV table',
              content: {
                'application/json': { schema: zCycleReportResponse },
                'text/csv': { schema: zCycleReportCsv },
              },
            },
          },
        },
      },
      async (request, reply) => {
        const v = await cycleReport(db, request.params.cycleId, request.query.compare ?? null);
        if (request.query.format === 'json') return presentCycleReport(v);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${v.cycle.id}-report.csv"`)
          .send(cycleReportCsv(v.report, exportHeaderLanguage(request)));
      },
    );

    app.get(
      '/charter/cycles/:cycleId/cities/:id/assessments',
      {
        schema: {
          operationId: 'listCityAssessments',
          tags,
          summary: "A city's assessment of every commitment in one cycle",
          params: zCycleCityParams,
          response: { 200: zCityAssessments },
        },
      },
      async (request) =>
        presentCityAssessments(
          await getCityAssessments(db, request.user, request.params.cycleId, request.params.id),
          can(request.user, 'city.edit', { cityId: request.params.id }),
        ),
    );

    app.put(
      '/charter/cycles/:cycleId/cities/:id/assessments/:commitmentId',
      {
        schema: {
          operationId: 'setCityAssessment',
          tags,
          summary:
            "Assess one commitment of a signatory city while the cycle is open (the city's editors, administrators)",
          params: zAssessmentParams,
          body: zAssessmentBody,
          errors: [409],
          response: { 200: zAssessment },
        },
      },
      async (request) => {
        const { cycleId, id, commitmentId } = request.params;
        const all = presentCityAssessments(
          await setAssessment(db, request.user, cycleId, id, commitmentId, request.body),
          true,
        );
        return all.items.find((i) => i.commitment.id === commitmentId)!;
      },
    );

    app.get(
      '/charter/cycles/:cycleId/cities/:id/help',
      {
        schema: {
          operationId: 'getCityCommitmentHelp',
          tags,
          summary:
            "A city's weakest commitments in a cycle, with practices that implement them elsewhere, related challenges and mentors",
          params: zCycleCityParams,
          response: { 200: zCityHelpResponse },
        },
      },
      async (request) => presentCityHelp(await cityHelp(db, request.user, request.params.cycleId, request.params.id)),
    );
  };
}
