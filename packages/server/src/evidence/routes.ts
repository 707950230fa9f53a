import { zColumnMapping, zEvidenceDataset, zEvidenceRun } from '@convivio/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { exportHeaderLanguage, zExportHeadersQuery } from '../csv/header-language.ts';
import { zIdParams } from '../records/schema.ts';
import { cityIndicators } from './city-indicators.ts';
import { getLayer, sendLayer } from './layer-service.ts';
import { storeUploadedDataset } from './dataset-upload.ts';
import { presentDataset, presentRun } from './presenter.ts';
import {
  zCityIndicators,
  zDatasetCreate,
  zDatasetSampleBody,
  zDatasetUploadForm,
  zLayerBinary,
  zLayerJson,
  zLayerQuery,
  zRunCreate,
} from './schema.ts';
import {
  cancelRun,
  createRun,
  deleteDataset,
  deleteRun,
  getDataset,
  getRun,
  listDatasets,
  listRuns,
  setDatasetMapping,
} from './service.ts';
import { registerUploadParser } from './upload-parser.ts';
import { RUN_FILES, runFile, type RunFileName } from './run-files.ts';
import { zBinary } from '../http/response-schemas.ts';

const tags = ['evidence'];

/** The evidence API: grid datasets, background indicator runs, results and map layers. */
export function evidenceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const limits = ctx.config.limits;

    app.get(
      '/evidence/datasets',
      {
        schema: {
          operationId: 'listEvidenceDatasets',
          tags,
          summary: 'Grid datasets you may see (yours, public ones; all for administrators)',
          response: { 200: z.object({ items: z.array(zEvidenceDataset) }) },
        },
      },
      async (request) => ({
        items: (await listDatasets(ctx.db, request.user)).map((d) => presentDataset(d, request.user)),
      }),
    );

    // The upload route alone parses multipart bodies, streaming the file within its limits.
    await app.register(async (upload) => {
      await registerUploadParser(upload, limits.uploadMaxBytes);
      upload.post(
        '/evidence/datasets',
        {
          schema: {
            operationId: 'createEvidenceDataset',
            tags,
            summary: 'Upload a grid file (or pick the bundled sample) and map its columns',
            errors: [413, 422],
            consumes: ['multipart/form-data', 'application/json'],
            body: zDatasetCreate,
            bodyContent: { 'multipart/form-data': zDatasetUploadForm, 'application/json': zDatasetSampleBody },
            response: { 201: zEvidenceDataset },
          },
        },
        async (request, reply) =>
          reply.status(201).send(presentDataset(await storeUploadedDataset(ctx, request), request.user)),
      );
    });

    app.get(
      '/evidence/datasets/:id',
      {
        schema: {
          operationId: 'getEvidenceDataset',
          tags,
          summary: 'One dataset: detected header, first rows, mapping',
          params: zIdParams,
          response: { 200: zEvidenceDataset },
        },
      },
      async (request) => presentDataset(await getDataset(ctx.db, request.user, request.params.id), request.user),
    );

    app.put(
      '/evidence/datasets/:id/mapping',
      {
        schema: {
          operationId: 'setEvidenceDatasetMapping',
          tags,
          summary: 'Set the column mapping (owner, administrators)',
          params: zIdParams,
          body: zColumnMapping,
          response: { 200: zEvidenceDataset },
        },
      },
      async (request) =>
        presentDataset(await setDatasetMapping(ctx.db, request.user, request.params.id, request.body), request.user),
    );

    app.delete(
      '/evidence/datasets/:id',
      {
        schema: {
          operationId: 'deleteEvidenceDataset',
          tags,
          summary: 'Delete a dataset with its stored file, its runs and their results (owner, administrators)',
          params: zIdParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteDataset(ctx.db, request.user, request.params.id, ctx.config.fileStoreDir);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/evidence/runs',
      {
        schema: {
          operationId: 'listEvidenceRuns',
          tags,
          summary: 'Runs you may see (without their results)',
          querystring: z.object({ datasetId: z.string().max(200).optional() }),
          response: { 200: z.object({ items: z.array(zEvidenceRun) }) },
        },
      },
      async (request) => ({
        items: (await listRuns(ctx.db, request.user, request.query.datasetId ?? null)).map((r) =>
          presentRun(r, request.user),
        ),
      }),
    );

    app.post(
      '/evidence/runs',
      {
        schema: {
          operationId: 'createEvidenceRun',
          tags,
          summary: 'Start an indicators run in the background (202; poll GET /evidence/runs/{id})',
          errors: [404],
          body: zRunCreate,
          response: { 202: zEvidenceRun },
        },
      },
      async (request, reply) => {
        const run = presentRun(await createRun(ctx.db, request.user, request.body, limits), request.user);
        return reply.status(202).header('location', `/api/v1/evidence/runs/${run.id}`).send(run);
      },
    );

    app.get(
      '/evidence/runs/:id',
      {
        schema: {
          operationId: 'getEvidenceRun',
          tags,
          summary: 'A run: status, progress and, when done, results per area',
          params: zIdParams,
          response: { 200: zEvidenceRun },
        },
      },
      async (request) => presentRun(await getRun(ctx.db, request.user, request.params.id), request.user),
    );

    app.post(
      '/evidence/runs/:id/cancel',
      {
        schema: {
          operationId: 'cancelEvidenceRun',
          tags,
          errors: [409],
          summary: 'Cancel a queued or running run (owner, administrators); it fails with the code CANCELLED',
          params: zIdParams,
          response: { 200: zEvidenceRun },
        },
      },
      async (request) => presentRun(await cancelRun(ctx.db, request.user, request.params.id), request.user),
    );

    app.delete(
      '/evidence/runs/:id',
      {
        schema: {
          operationId: 'deleteEvidenceRun',
          tags,
          summary: 'Delete a run with its results (owner, administrators); a running one is stopped',
          params: zIdParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteRun(ctx.db, request.user, request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/evidence/runs/:id/layers/:layer',
      {
        schema: {
          operationId: 'getEvidenceRunLayer',
          tags,
          summary: 'A local layer for the map: compact JSON or binary (see the description of format)',
          errors: [409],
          params: zIdParams.extend({ layer: z.string().min(1).max(100) }),
          querystring: zLayerQuery,
          response: {
            200: {
              description: 'The layer',
              content: {
                'application/json': { schema: zLayerJson },
                'application/octet-stream': { schema: zLayerBinary },
              },
            },
          },
        },
      },
      async (request, reply) => {
        const view = await getLayer(ctx.db, request.user, request.params.id, request.params.layer);
        return sendLayer(reply, request.headers.accept, request.query, view);
      },
    );

    app.get(
      '/evidence/runs/:id/files/:file',
      {
        schema: {
          operationId: 'downloadEvidenceRunFile',
          tags,
          summary:
            'A finished run as a file: results.csv, results.json (per area), layers.tif (multi-band float32 GeoTIFF), layers.parquet (GeoParquet, nulls where undefined) or layers.csv',
          errors: [409],
          params: zIdParams.extend({
            file: z.enum(Object.keys(RUN_FILES) as [RunFileName, ...RunFileName[]]),
          }),
          querystring: zExportHeadersQuery,
          response: {
            200: {
              description: 'The file, as an attachment',
              content: Object.fromEntries(
                [...new Set(Object.values(RUN_FILES).map((type: string) => type.split(';')[0] ?? type))].map((type) => [
                  type,
                  { schema: zBinary('The file') },
                ]),
              ),
            },
          },
        },
      },
      async (request, reply) => {
        const file = await runFile(
          ctx.db,
          request.user,
          request.params.id,
          request.params.file,
          exportHeaderLanguage(request),
        );
        return reply
          .type(file.type)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .send(file.bytes);
      },
    );

    app.get(
      '/cities/:id/indicators',
      {
        schema: {
          operationId: 'getCityIndicators',
          tags: ['cities', ...tags],
          summary: "A city's indicators: the latest run's results for its area code",
          params: zIdParams,
          response: { 200: zCityIndicators },
        },
      },
      async (request) => cityIndicators(ctx.db, request.user, request.params.id),
    );
  };
}
