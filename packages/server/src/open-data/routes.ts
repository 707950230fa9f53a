import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { importSectionCsv } from '../dataset/csv-import.ts';
import { siteIdentity } from '../http/site-identity.ts';
import { zBinary } from '../http/response-schemas.ts';
import { BOM, openDataBundle } from './bundle.ts';
import { openDataCatalog } from './catalog.ts';
import { OPEN_SECTIONS, sectionFile, type OpenSection } from './datasets.ts';

const tags = ['open data'];

const zBom = z
  .enum(['true', 'false'])
  .default('true')
  .describe(
    'CSV only: start with a UTF-8 byte order mark (default, so spreadsheet programs read the text as UTF-8); false for tools that do not want it',
  );

export const zCsvImportText = z
  .string()
  .max(20_000_000)
  .describe(
    'CSV text as the CSV export writes it: a header line of column names (any subset, `id` required), one row per record',
  );
const zCsvImportBody = z.union([zCsvImportText, z.object({ csv: zCsvImportText })]);
const zCsvImportResult = z
  .object({ created: z.number().int(), updated: z.number().int(), ids: z.array(z.string()) })
  .meta({ id: 'CsvImportResult' });

/**
 * Open data: each public section as CSV or JSON (published records only), the DCAT-AP catalogue,
 * the bulk ZIP, and the CSV imports of practices and cities.
 */
export function openDataRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => {
      done(null, body);
    });
    const keys = OPEN_SECTIONS.map((s) => s.key) as [OpenSection['key'], ...OpenSection['key'][]];

    app.get(
      '/open-data/:section.:format',
      {
        schema: {
          operationId: 'getOpenDataFile',
          tags,
          summary:
            'A public data set as a file: CSV (every field of the record a column: nested fields as dotted headers, lists joined with "; " or as JSON; UTF-8 with byte order mark, CRLF) or JSON (convivio/v1, re-importable)',
          params: z.object({ section: z.enum(keys), format: z.enum(['csv', 'json']) }),
          querystring: z.object({ bom: zBom }),
          response: {
            200: {
              description: 'The file, as an attachment',
              content: { 'text/csv': { schema: zBinary('CSV') }, 'application/json': { schema: zBinary('JSON') } },
            },
          },
        },
      },
      async (request, reply) => {
        const { section, format } = request.params;
        const text = await sectionFile(ctx.db, section, format);
        const bom = format === 'csv' && request.query.bom === 'true' ? BOM : '';
        return reply
          .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
          .header('content-disposition', `attachment; filename="convivio-${section}.${format}"`)
          .send(Buffer.from(bom + text));
      },
    );

    app.get(
      '/open-data/convivio-open-data.zip',
      {
        schema: {
          operationId: 'getOpenDataBundle',
          tags,
          summary: 'Every public data set in one ZIP: CSV and JSON of each, public evidence results, and the catalogue',
          response: { 200: { description: 'A ZIP file', content: { 'application/zip': { schema: zBinary('ZIP') } } } },
        },
      },
      async (request, reply) =>
        reply
          .type('application/zip')
          .header('content-disposition', 'attachment; filename="convivio-open-data.zip"')
          .send(await openDataBundle(ctx.db, siteIdentity(ctx.config, request).baseUrl)),
    );

    app.get(
      '/catalog',
      {
        schema: {
          operationId: 'getOpenDataCatalog',
          tags,
          summary:
            'The DCAT-AP catalogue of the open data (JSON-LD): a dcat:Dataset per public data set, a dcat:Distribution per format',
          response: {
            200: {
              description: 'DCAT-AP catalogue',
              content: { 'application/ld+json': { schema: z.record(z.string(), z.unknown()) } },
            },
          },
        },
      },
      async (request, reply) =>
        reply
          .type('application/ld+json')
          .send(await openDataCatalog(ctx.db, siteIdentity(ctx.config, request).baseUrl)),
    );

    for (const key of ['practices', 'cities'] as const)
      app.post(
        `/${key}/import`,
        {
          bodyLimit: Math.max(ctx.config.bodyLimit, ctx.config.limits.importMaxRows * 2048),
          schema: {
            operationId: key === 'practices' ? 'importPracticesCsv' : 'importCitiesCsv',
            tags: [key, ...tags],
            summary: `Import ${key} from CSV (as the CSV export writes them), all or nothing; errors name the row and the column`,
            errors: [413, 422],
            body: zCsvImportBody,
            bodyContent: { 'text/csv': zCsvImportText, 'application/json': z.object({ csv: zCsvImportText }) },
            response: { 200: zCsvImportResult },
          },
        },
        async (request) =>
          importSectionCsv(
            ctx.db,
            request.user,
            key,
            typeof request.body === 'string' ? request.body : request.body.csv,
            ctx.config.limits.importMaxRows,
          ),
      );
  };
}
