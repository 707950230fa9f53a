import { exportHeaderLanguage } from '../csv/header-language.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { presentCharter, presentCityCommitments } from './presenter.ts';
import { listSignatories } from './queries.ts';
import { charterReport, charterReportCsv } from './report.ts';
import {
  zCharterReport,
  zCharterReportCsv,
  zCharterResponse,
  zCityCommitment,
  zCityCommitmentsResponse,
  zCityParams,
  zCommitmentParams,
  zCommitmentWriteBody,
  zReportQuery,
  zSignatoryBody,
  zSignatoryResponse,
} from './schema.ts';
import { getCharter, getCityCommitments, setCityCommitment, setSignatory } from './service.ts';

const tags = ['charter'];

/** The Integrating Cities Charter, its signatories, each city's commitments and the commitments report. */
export function charterRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const { db } = ctx;

    app.get(
      '/charter',
      {
        schema: {
          operationId: 'getCharter',
          tags,
          summary: 'The Integrating Cities Charter with its commitments and signatory cities',
          errors: [404],
          response: { 200: zCharterResponse },
        },
      },
      async () => presentCharter(await getCharter(db), await listSignatories(db)),
    );

    app.get(
      '/charter/report',
      {
        schema: {
          operationId: 'getCharterReport',
          tags,
          summary:
            'Commitments report: per commitment and per city, how many are planned, in progress, achieved, dropped',
          querystring: zReportQuery,
          response: {
            200: {
              description: 'The counts as JSON, or with format=csv as one CSV table',
              content: { 'application/json': { schema: zCharterReport }, 'text/csv': { schema: zCharterReportCsv } },
            },
          },
        },
      },
      async (request, reply) => {
        const report = await charterReport(db);
        if (request.query.format === 'json') return report;
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="charter-commitments.csv"')
          .send(charterReportCsv(report, exportHeaderLanguage(request)));
      },
    );

    app.get(
      '/cities/:id/commitments',
      {
        schema: {
          operationId: 'listCityCommitments',
          tags,
          summary: "A city's standing with every charter commitment",
          params: zCityParams,
          response: { 200: zCityCommitmentsResponse },
        },
      },
      async (request) =>
        presentCityCommitments(
          await getCityCommitments(db, request.user, request.params.id),
          can(request.user, 'city.edit', { cityId: request.params.id }),
        ),
    );

    app.put(
      '/cities/:id/commitments/:commitmentId',
      {
        schema: {
          operationId: 'setCityCommitment',
          tags,
          summary: "Record where a city stands with one commitment (the city's editors, administrators)",
          params: zCommitmentParams,
          body: zCommitmentWriteBody,
          response: { 200: zCityCommitment },
        },
      },
      async (request) => {
        const { id, commitmentId } = request.params;
        const all = presentCityCommitments(
          await setCityCommitment(db, request.user, id, commitmentId, request.body),
          true,
        );
        return all.items.find((i) => i.commitment.id === commitmentId)!;
      },
    );

    app.put(
      '/cities/:id/charter-signatory',
      {
        schema: {
          operationId: 'setCharterSignatory',
          tags,
          summary: 'Say whether a city has signed the charter, and when (administrators)',
          security: SECURITY.required,
          params: zCityParams,
          body: zSignatoryBody,
          response: { 200: zSignatoryResponse },
        },
      },
      async (request) => ({
        cityId: request.params.id,
        ...(await setSignatory(db, request.user, request.params.id, request.body)),
      }),
    );
  };
}
