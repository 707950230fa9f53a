import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { practiceFormPage, type FormValues } from '@convivio/web';
import { assertCan, can } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import type { PracticeRow } from './queries.ts';
import { createPractice, getPractice, parsePractice, setPracticeStatus, updatePractice } from './service.ts';
import { citiesByName } from '../cities/service.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formBody } from '../web/form-body.ts';
import { conflictVersion, formFailure, isFormError, issuesOf, type FormFailure } from '../web/form-errors.ts';
import { requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { practiceFieldRank, practiceFormField, practiceFromForm, practiceToForm } from './practice-form.ts';

const NO_FAILURE: FormFailure = { errors: {}, general: null, conflictVersion: null };
const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

/** The practice add/edit form and publishing, for the editors the practices service allows. */
export function practiceEditPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    async function renderForm(
      request: FastifyRequest,
      reply: FastifyReply,
      user: User,
      saved: PracticeRow | null,
      values: FormValues,
      failure: FormFailure,
      status = 200,
    ) {
      const page = pageContext(request);
      const all = await citiesByName(ctx.db);
      const cities = all.filter((c) => can(user, 'city.edit', { cityId: c.id }));
      const view = practiceFormPage(page, {
        mode: saved ? 'edit' : 'new',
        state: { values, errors: failure.errors },
        cities,
        allCities: all,
        allowNoCity: can(user, 'city.edit', { cityId: null }),
        conflictVersion: failure.conflictVersion,
        generalError: failure.general,
        saved: saved ? { id: saved.id, name: saved.name, status: saved.status, version: saved.version } : null,
      });
      const title = saved ? page.t('practice.edit.title', { name: saved.name }) : page.t('practice.new.title');
      return sendPage(reply, page, title, view, { status, scripts: ['/static/form.js'] });
    }

    /** Re-shows the form after a failed save: 400 with the problems, or 409 with the stored version. */
    async function renderFailure(
      request: FastifyRequest,
      reply: FastifyReply,
      user: User,
      saved: PracticeRow | null,
      values: FormValues,
      err: AppError,
    ) {
      const newer = conflictVersion(err);
      if (newer !== null)
        return renderForm(
          request,
          reply,
          user,
          saved,
          { ...values, version: String(newer) },
          { ...NO_FAILURE, conflictVersion: newer },
          409,
        );
      return renderForm(
        request,
        reply,
        user,
        saved,
        values,
        formFailure(issuesOf(err), practiceFormField, practiceFieldRank),
        err.status,
      );
    }

    /** Number problems found while reading the form, merged with everything else the schema finds. */
    function readingFailure(input: ReturnType<typeof practiceFromForm>): AppError | null {
      if (!input.issues.length) return null;
      try {
        parsePractice({ ...input.record, id: input.record.id ?? 'practice-new' });
      } catch (err) {
        if (err instanceof AppError)
          return new AppError('validation_failed', 'Invalid input', null, [...input.issues, ...issuesOf(err)]);
      }
      return new AppError('validation_failed', 'Invalid input', null, input.issues);
    }

    app.get('/practices/new', async (request, reply) => {
      const user = requireSignedIn(request);
      assertCan(user, 'practice.create', null);
      const values: FormValues = { kind: 'practice', language: 'en', cityId: user.cityId ?? '' };
      return renderForm(request, reply, user, null, values, NO_FAILURE);
    });

    app.post('/practices/new', async (request, reply) => {
      const user = requireSignedIn(request);
      assertCan(user, 'practice.create', null);
      const page = pageContext(request);
      const input = practiceFromForm(formBody(request.body), page.t);
      try {
        const early = readingFailure(input);
        if (early) throw early;
        const row = await createPractice(ctx.db, user, input.record, 'draft');
        return seeOther(reply, `/practices/${row.id}?notice=created`);
      } catch (err) {
        if (isFormError(err)) return renderFailure(request, reply, user, null, input.values, err);
        throw err;
      }
    });

    app.get('/practices/:id/edit', async (request, reply) => {
      const user = requireSignedIn(request);
      const row = await getPractice(ctx.db, user, idOf(request));
      assertCan(user, 'city.edit', { cityId: row.city_id }, 'this practice');
      return renderForm(request, reply, user, row, practiceToForm(row.record, row.version), NO_FAILURE);
    });

    app.post('/practices/:id/edit', async (request, reply) => {
      const user = requireSignedIn(request);
      const row = await getPractice(ctx.db, user, idOf(request));
      assertCan(user, 'city.edit', { cityId: row.city_id }, 'this practice');
      const input = practiceFromForm(formBody(request.body), pageContext(request).t);
      try {
        const early = readingFailure({ ...input, record: { ...input.record, id: row.id } });
        if (early) throw early;
        await updatePractice(ctx.db, user, row.id, input.record, input.version);
        return seeOther(reply, `/practices/${row.id}?notice=saved`);
      } catch (err) {
        if (isFormError(err)) return renderFailure(request, reply, user, row, input.values, err);
        throw err;
      }
    });

    for (const [action, status, notice] of [
      ['publish', 'published', 'published'],
      ['unpublish', 'draft', 'unpublished'],
    ] as const) {
      app.post(`/practices/:id/${action}`, async (request, reply) => {
        const user = requireSignedIn(request);
        const row = await setPracticeStatus(ctx.db, user, idOf(request), status);
        return seeOther(reply, `/practices/${row.id}?notice=${notice}`);
      });
    }
  };
}
