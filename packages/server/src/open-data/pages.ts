import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { openDataPage } from '@convivio/web';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { importSectionCsv } from '../dataset/csv-import.ts';
import { AppError } from '../errors.ts';
import { receiveUpload, registerUploadParser } from '../evidence/upload-parser.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { issuesOf } from '../web/form-errors.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { OPEN_SECTIONS } from './datasets.ts';

const IMPORTABLE = ['practices', 'cities'] as const;

/** The open data page (/open-data): downloads, and the CSV import form (a file or pasted text). */
export function openDataPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const page = (
      request: FastifyRequest,
      reply: FastifyReply,
      form: { section?: string; csv?: string; problems?: string[]; notice?: string | null } = {},
    ) => {
      const p = pageContext(request);
      const user = request.user;
      // Editors import their city's records, administrators any: those who may edit some city.
      const importable = user && can(user, 'city.edit', { cityId: user.cityId }) ? [...IMPORTABLE] : [];
      return sendPage(
        reply,
        p,
        p.t('openData.title'),
        openDataPage(p, {
          sections: OPEN_SECTIONS.map((s) => s.key),
          importable,
          section: form.section ?? 'practices',
          csv: form.csv ?? '',
          problems: form.problems ?? [],
          notice: form.notice ?? null,
        }),
        { status: form.problems?.length ? 422 : 200 },
      );
    };

    app.get('/open-data', async (request, reply) => {
      const created = Number(queryText(request, 'created'));
      const updated = Number(queryText(request, 'updated'));
      const notice =
        queryText(request, 'notice') === 'imported' && Number.isInteger(created) && Number.isInteger(updated)
          ? pageContext(request).t('openData.imported', { created, updated })
          : null;
      return page(request, reply, { notice });
    });

    await app.register(async (upload) => {
      const maxBytes = Math.max(ctx.config.bodyLimit, ctx.config.limits.importMaxRows * 2048);
      await registerUploadParser(upload, maxBytes);
      upload.post('/open-data/import', async (request, reply) => {
        const user = requireSignedIn(request);
        const { fields, file } = await receiveUpload(request, {
          bytes: maxBytes,
          tooLarge: () =>
            new AppError('payload_too_large', `The CSV file is larger than ${maxBytes} bytes; split it`, 'file'),
        });
        const section = typeof fields.section === 'string' ? fields.section : '';
        const pasted = typeof fields.csv === 'string' ? fields.csv : '';
        if (!(IMPORTABLE as readonly string[]).includes(section))
          return page(request, reply, { csv: pasted, problems: [`Choose what to import: ${IMPORTABLE.join(' or ')}`] });
        const text = file ? file.bytes.toString('utf8') : pasted;
        try {
          const r = await importSectionCsv(ctx.db, user, section, text, ctx.config.limits.importMaxRows);
          return seeOther(reply, `/open-data?notice=imported&created=${r.created}&updated=${r.updated}`);
        } catch (err) {
          if (!(err instanceof AppError) || !['import_invalid', 'payload_too_large'].includes(err.code)) throw err;
          return page(request, reply, { section, csv: pasted, problems: issuesOf(err).map((i) => i.message) });
        }
      });
    });
  };
}
