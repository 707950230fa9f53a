import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reportBody, translator } from '@convivio/web';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { pageContext, pageLanguage, sendPage } from '../web/context.ts';
import { reportDocx } from './docx.ts';
import { gatherReport, resolveReportCities } from './gather.ts';
import { reportPdf } from './pdf.ts';
import { zReportResponse } from './schema.ts';

const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
} as const;

export const zReportQuery = z.object({
  cities: z
    .string()
    .max(2000)
    .optional()
    .describe('City ids separated by commas; the seven MUST-a-Lab cities when absent'),
  format: z
    .enum(['html', 'pdf', 'docx', 'json'])
    .default('html')
    .describe('html (printable page), pdf, docx (Word) or json (the report data)'),
  lang: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/)
    .optional()
    .describe('Interface language (en, fr, … fa-AF, ps); else the language cookie, Accept-Language, English'),
});

/** The State-of-the-Art report, generated from published data for any set of cities. */
export function reportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/reports/state-of-the-art',
      {
        schema: {
          operationId: 'getStateOfTheArtReport',
          tags: ['reports'],
          querystring: zReportQuery,
          response: { 200: zReportResponse },
          summary:
            'State-of-the-Art report (executive summary, cities, practices by typology, stakeholder outreach, challenges, connection points and gaps, annexes, other practices) as HTML, PDF, Word or JSON',
        },
      },
      async (request, reply) => {
        const { cities: param, format } = request.query;
        const lang = pageLanguage(request);
        const cities = await resolveReportCities(ctx.db, param);
        const model = await gatherReport(ctx.db, cities);
        const t = translator(lang);
        const name = `state-of-the-art-${model.generatedOn}`;
        reply.type(CONTENT_TYPES[format]).header('cache-control', 'no-store');
        if (format === 'json') return reply.send(JSON.stringify(model));
        if (format === 'html') {
          const page = pageContext(request);
          const title = `${page.t('report.title')} · ${model.cities.map((c) => c.name).join(', ')}`;
          return sendPage(reply, page, title, reportBody(model, page.t), { styles: ['/static/report.css'] });
        }
        reply.header('content-disposition', `attachment; filename="${name}.${format}"`);
        return reply.send(format === 'pdf' ? await reportPdf(model, t, { lang }) : await reportDocx(model, t, lang));
      },
    );
  };
}
