import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { cityFormPage, cityHistoryPage, cityRevisionPage, type FormValues } from '@convivio/web';
import { assertCan } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { CityRow } from './queries.ts';
import { cityRevisions, getCity, parseCity, restoreCity, setCityStatus, updateCity } from './service.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { cityFieldRank, cityFormField, cityFromForm, cityToForm } from './city-form.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formBody } from '../web/form-body.ts';
import { conflictVersion, formFailure, isFormError, issuesOf, type FormFailure } from '../web/form-errors.ts';
import { noticeText, requireSignedIn, seeOther } from '../web/page-helpers.ts';

const NO_FAILURE: FormFailure = { errors: {}, general: null, conflictVersion: null };
const params = (request: FastifyRequest) => request.params as { id: string; version?: string };

/** Editing a city profile, publishing it, and its history (its editors and administrators). */
export function cityEditPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    /** The city, once the user is known to be allowed to edit it (401 → sign in, 403, 404). */
    async function editable(request: FastifyRequest): Promise<{ user: User; row: CityRow }> {
      const user = requireSignedIn(request);
      const row = await getCity(ctx.db, user, params(request).id);
      assertCan(user, 'city.edit', { cityId: row.id }, 'this city profile');
      return { user, row };
    }

    function renderForm(
      request: FastifyRequest,
      reply: FastifyReply,
      row: CityRow,
      values: FormValues,
      failure: FormFailure,
      status = 200,
    ) {
      const page = pageContext(request);
      return sendPage(
        reply,
        page,
        page.t('city.edit.title', { name: row.name }),
        cityFormPage(page, {
          saved: { id: row.id, name: row.name, status: row.status, version: row.version },
          state: { values, errors: failure.errors },
          conflictVersion: failure.conflictVersion,
          generalError: failure.general,
        }),
        { status, scripts: ['/static/form.js'] },
      );
    }

    app.get('/cities/:id/edit', async (request, reply) => {
      const { row } = await editable(request);
      return renderForm(request, reply, row, cityToForm(row.record, row.version), NO_FAILURE);
    });

    app.post('/cities/:id/edit', async (request, reply) => {
      const { user, row } = await editable(request);
      const input = cityFromForm(formBody(request.body), pageContext(request).t);
      try {
        if (input.issues.length) {
          let rest: AppError | null = null;
          try {
            parseCity({ ...input.record, id: row.id });
          } catch (err) {
            if (err instanceof AppError) rest = err;
          }
          throw new AppError('validation_failed', 'Invalid input', null, [
            ...input.issues,
            ...(rest ? issuesOf(rest) : []),
          ]);
        }
        await updateCity(ctx.db, user, row.id, input.record, input.version);
        return seeOther(reply, `/cities/${row.id}?notice=saved`);
      } catch (err) {
        if (!isFormError(err)) throw err;
        const newer = conflictVersion(err);
        if (newer !== null)
          return renderForm(
            request,
            reply,
            row,
            { ...input.values, version: String(newer) },
            { ...NO_FAILURE, conflictVersion: newer },
            409,
          );
        return renderForm(
          request,
          reply,
          row,
          input.values,
          formFailure(issuesOf(err), cityFormField, cityFieldRank),
          err.status,
        );
      }
    });

    for (const [action, status, notice] of [
      ['publish', 'published', 'published'],
      ['unpublish', 'draft', 'unpublished'],
    ] as const) {
      app.post(`/cities/:id/${action}`, async (request, reply) => {
        const row = await setCityStatus(ctx.db, requireSignedIn(request), params(request).id, status);
        return seeOther(reply, `/cities/${row.id}?notice=${notice}`);
      });
    }

    app.get('/cities/:id/history', async (request, reply) => {
      const { user, row } = await editable(request);
      const page = pageContext(request);
      const revisions = await cityRevisions(ctx.db, user, row.id);
      return sendPage(
        reply,
        page,
        page.t('city.history.title', { name: row.name }),
        cityHistoryPage(page, { id: row.id, name: row.name, revisions, notice: noticeText(request, page.t, 'city') }),
      );
    });

    app.get('/cities/:id/history/:version', async (request, reply) => {
      const { user, row } = await editable(request);
      const revisions = await cityRevisions(ctx.db, user, row.id);
      const revision = revisions.find((r) => String(r.version) === params(request).version);
      if (!revision)
        throw new AppError('not_found', `City "${row.id}" has no version ${params(request).version}`, 'version');
      const page = pageContext(request);
      const record = parseCity(revision.record);
      return sendPage(
        reply,
        page,
        page.t('city.revision.title', { version: revision.version, name: record.name }),
        cityRevisionPage(page, { revision, record, currentVersion: row.version }),
      );
    });

    app.post('/cities/:id/history/:version/restore', async (request, reply) => {
      const user = requireSignedIn(request);
      const { id, version } = params(request);
      const n = Number(version);
      if (!Number.isInteger(n) || n < 1)
        throw new AppError('not_found', `City "${id}" has no version ${version}`, 'version');
      await restoreCity(ctx.db, user, id, n);
      return seeOther(reply, `/cities/${id}/history?notice=restored`);
    });
  };
}
