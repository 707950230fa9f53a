import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { translationFormPage, type FormValues } from '@convivio/web';
import { assertCan } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import type { Queryable } from '../db/database.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formFailure, isFormError, issuesOf } from '../web/form-errors.ts';
import { formBody, text } from '../web/form-body.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import type { TranslationOperations } from './translation-operations.ts';
import { contentLanguages, findTranslation, type TranslatableKind } from './translations.ts';

/** What the translation pages need of a record: it as its editor sees it. */
export interface TranslatedRecordPage {
  /** The records' pages, e.g. `/practices`. */
  base: string;
  labelPrefix: string;
  read(
    db: Queryable,
    request: FastifyRequest,
    id: string,
  ): Promise<{ name: string; cityId: string | null; language: string; record: Record<string, unknown> }>;
}

const asText = (v: unknown): string => (Array.isArray(v) ? v.join('\n') : typeof v === 'string' ? v : '');

/** The form fields' service paths: `fields.name` → `field.name`; language, kind, source and note as they are. */
const formField = (field: string): string | null =>
  field.startsWith('fields.')
    ? `field.${field.split('.')[1]}`
    : ['language', 'kind', 'source', 'note'].includes(field)
      ? field
      : null;

/**
 * `GET/POST {base}/:id/translate`: a record's translations and the form adding or replacing one
 * (its city's editors and administrators; `?language=xx` opens an existing one).
 */
export function translationPages(
  ctx: AppContext,
  kind: TranslatableKind,
  ops: TranslationOperations,
  page: TranslatedRecordPage,
): FastifyPluginAsync {
  return async (app) => {
    const editable = async (request: FastifyRequest) => {
      const id = (request.params as { id: string }).id;
      const rec = await page.read(ctx.db, request, id);
      const user = assertCan(request.user, 'city.edit', { cityId: rec.cityId }, 'translate this record');
      return { id, rec, user };
    };
    const render = async (
      request: FastifyRequest,
      id: string,
      rec: Awaited<ReturnType<TranslatedRecordPage['read']>>,
      values: FormValues,
      failure: ReturnType<typeof formFailure> | null,
      notice: string | null,
    ) => {
      const p = pageContext(request);
      const existing = await ops.list(ctx.db, request.user, id);
      return translationFormPage(p, {
        href: `${page.base}/${id}`,
        name: rec.name,
        originalLanguage: rec.language,
        labelPrefix: page.labelPrefix,
        fields: Object.entries(kind.fields).map(([name, shape]) => ({
          name,
          list: shape === 'list',
          original: asText(rec.record[name]).slice(0, 300),
        })),
        languages: contentLanguages().filter((code) => code !== rec.language),
        existing: existing.map((e) => ({ language: e.language, kind: e.kind })),
        state: { values, errors: failure?.errors ?? {} },
        generalError: failure?.general ?? null,
        notice,
      });
    };

    app.get(`${page.base}/:id/translate`, async (request, reply) => {
      const { id, rec } = await editable(request);
      const p = pageContext(request);
      const wanted = queryText(request, 'language') || (p.lang !== rec.language ? p.lang : '');
      const found = wanted ? await findTranslation(ctx.db, kind, id, wanted) : null;
      const values: FormValues = {
        language: wanted,
        kind: found?.kind ?? 'human',
        source: found?.source ?? '',
        note: found?.note ?? '',
      };
      for (const name of Object.keys(kind.fields)) values[`field.${name}`] = asText(found?.fields[name]);
      const notice = queryText(request, 'notice') === 'saved' ? p.t('translations.form.saved') : null;
      return sendPage(
        reply,
        p,
        p.t('translations.form.title', { name: rec.name }),
        await render(request, id, rec, values, null, notice),
        {
          scripts: ['/static/form.js'],
        },
      );
    });

    app.post(`${page.base}/:id/translate`, async (request, reply) => {
      const { id, rec } = await editable(request);
      requireSignedIn(request);
      const body = formBody(request.body);
      const values: FormValues = {};
      for (const name of ['language', 'kind', 'source', 'note', ...Object.keys(kind.fields).map((f) => `field.${f}`)])
        values[name] = text(body, name);
      const fields = Object.fromEntries(
        Object.entries(kind.fields).map(([name, shape]) => {
          const v = text(body, `field.${name}`);
          return [
            name,
            shape === 'list'
              ? v
                  .split('\n')
                  .map((l) => l.trim())
                  .filter(Boolean)
              : v.trim() || null,
          ];
        }),
      );
      const language = text(body, 'language');
      try {
        await ops.put(ctx.db, request.user, id, language, {
          kind: text(body, 'kind') || undefined,
          source: text(body, 'source'),
          note: text(body, 'note'),
          fields,
        });
        return seeOther(reply, `${page.base}/${id}/translate?language=${encodeURIComponent(language)}&notice=saved`);
      } catch (err) {
        if (!isFormError(err)) throw err;
        const p = pageContext(request);
        return sendPage(
          reply,
          p,
          p.t('translations.form.title', { name: rec.name }),
          await render(request, id, rec, values, formFailure(issuesOf(err), formField), null),
          { status: err.status, scripts: ['/static/form.js'] },
        );
      }
    });
  };
}
