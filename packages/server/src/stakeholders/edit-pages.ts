import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { stakeholderFormPage, stakeholderImportPage, type FormValues } from '@convivio/web';
import { assertCan } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { AppContext } from '../context.ts';
import { practicesOfCity } from '../practices/service.ts';
import { AppError } from '../errors.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formBody, text } from '../web/form-body.ts';
import { formFailure, isFormError, issuesOf } from '../web/form-errors.ts';
import { requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { createContact, deleteContact, findContact } from './contacts.ts';
import { importStakeholdersCsv } from './csv-import.ts';
import { renderStakeholder } from './detail-page.ts';
import type { StakeholderRow } from './queries.ts';
import { createStakeholder, deleteStakeholder, getStakeholder, requireCity, updateStakeholder } from './service.ts';
import { stakeholderFormField, stakeholderFromForm, stakeholderToForm } from './stakeholder-form.ts';
import { topField } from '../records/field-path.ts';

const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

/** Adding, editing, deleting and importing stakeholders, and recording contact persons (the city's editors, administrators). */
export function stakeholderEditPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const { db } = ctx;

    async function renderForm(
      request: FastifyRequest,
      reply: FastifyReply,
      cityId: string,
      saved: StakeholderRow | null,
      values: FormValues,
      err: AppError | null,
    ) {
      const page = pageContext(request);
      const city = await requireCity(db, cityId);
      const failure = err ? formFailure(issuesOf(err), stakeholderFormField) : { errors: {}, general: null };
      const practices = (await practicesOfCity(db, cityId, true)).map((p) => ({ id: p.id, name: p.name }));
      const view = stakeholderFormPage(page, {
        city: { id: city.id, name: city.name },
        practices,
        state: { values, errors: failure.errors },
        general: failure.general,
        stakeholder: saved ? { id: saved.id, name: saved.name, version: saved.version } : null,
      });
      const title = saved
        ? page.t('stakeholders.editTitle', { name: saved.name })
        : page.t('stakeholders.newTitle', { city: city.name });
      return sendPage(reply, page, title, view, { status: err?.status ?? 200, scripts: ['/static/form.js'] });
    }
    const mayEdit = (request: FastifyRequest, cityId: string): User =>
      assertCan(requireSignedIn(request), 'city.edit', { cityId }, "this city's stakeholders");

    app.get('/cities/:id/stakeholders/new', async (request, reply) => {
      mayEdit(request, idOf(request));
      return renderForm(request, reply, idOf(request), null, { area: 'civil-society' }, null);
    });

    app.post('/cities/:id/stakeholders', async (request, reply) => {
      const user = mayEdit(request, idOf(request));
      const { input, values } = stakeholderFromForm(formBody(request.body));
      try {
        const row = await createStakeholder(db, user, idOf(request), input);
        return seeOther(reply, `/stakeholders/${row.id}?notice=created`);
      } catch (err) {
        if (isFormError(err)) return renderForm(request, reply, idOf(request), null, values, err);
        throw err;
      }
    });

    app.get('/stakeholders/:id/edit', async (request, reply) => {
      const row = await getStakeholder(db, idOf(request));
      mayEdit(request, row.city_id);
      return renderForm(request, reply, row.city_id, row, stakeholderToForm(row.record), null);
    });

    app.post('/stakeholders/:id', async (request, reply) => {
      const row = await getStakeholder(db, idOf(request));
      const user = mayEdit(request, row.city_id);
      const body = formBody(request.body);
      const { input, values } = stakeholderFromForm(body);
      const version = Number(text(body, 'version'));
      try {
        await updateStakeholder(db, user, row.id, input, Number.isInteger(version) && version > 0 ? version : null);
        return seeOther(reply, `/stakeholders/${row.id}?notice=saved`);
      } catch (err) {
        if (isFormError(err)) return renderForm(request, reply, row.city_id, row, values, err);
        throw err;
      }
    });

    app.post('/stakeholders/:id/delete', async (request, reply) => {
      const row = await getStakeholder(db, idOf(request));
      await deleteStakeholder(db, requireSignedIn(request), row.id);
      return seeOther(reply, `/cities/${row.city_id}/stakeholders?notice=deleted`);
    });

    app.get('/cities/:id/stakeholders/import', async (request, reply) => {
      mayEdit(request, idOf(request));
      const page = pageContext(request);
      const city = await requireCity(db, idOf(request));
      return sendPage(
        reply,
        page,
        page.t('stakeholders.import'),
        stakeholderImportPage(page, {
          city: { id: city.id, name: city.name },
          csv: 'name,area,roles,influence,interest,engagementStatus,communicationChannels\n',
          problems: [],
        }),
      );
    });

    app.post('/cities/:id/stakeholders/import', async (request, reply) => {
      const user = mayEdit(request, idOf(request));
      const csv = text(formBody(request.body), 'csv');
      try {
        const r = await importStakeholdersCsv(db, user, idOf(request), csv, ctx.config.limits.importMaxRows);
        return seeOther(
          reply,
          `/cities/${idOf(request)}/stakeholders?notice=imported&created=${r.created}&updated=${r.updated}`,
        );
      } catch (err) {
        if (!(err instanceof AppError) || !['import_invalid', 'payload_too_large'].includes(err.code)) throw err;
        const page = pageContext(request);
        const city = await requireCity(db, idOf(request));
        return sendPage(
          reply,
          page,
          page.t('stakeholders.import'),
          stakeholderImportPage(page, {
            city: { id: city.id, name: city.name },
            csv,
            problems: issuesOf(err).map((i) => i.message),
          }),
          { status: 422 },
        );
      }
    });

    app.post('/stakeholders/:id/contacts', async (request, reply) => {
      const row = await getStakeholder(db, idOf(request));
      const user = mayEdit(request, row.city_id);
      const body = formBody(request.body);
      const values: FormValues = Object.fromEntries(
        ['name', 'position', 'email', 'phone', 'profile', 'consentDate'].map((k) => [k, text(body, k)]),
      );
      const blank = (k: string) => (values[k] === '' ? null : values[k]);
      try {
        await createContact(db, user, row.city_id, {
          stakeholderId: row.id,
          name: values.name,
          position: blank('position'),
          email: blank('email'),
          phone: blank('phone'),
          profile: values.profile || 'staff',
          consent: text(body, 'consent') === 'yes',
          consentDate: values.consentDate,
        });
        return seeOther(reply, `/stakeholders/${row.id}?notice=contact-added#contacts-h`);
      } catch (err) {
        if (!isFormError(err)) throw err;
        const failure = formFailure(issuesOf(err), (f) => topField(f));
        return renderStakeholder(
          db,
          request,
          reply,
          row,
          { values, errors: failure.errors },
          failure.general,
          err.status,
        );
      }
    });

    app.post('/contacts/:id/delete', async (request, reply) => {
      const contact = await findContact(db, idOf(request));
      requireSignedIn(request);
      await deleteContact(db, request.user, idOf(request));
      return seeOther(
        reply,
        contact?.stakeholderId
          ? `/stakeholders/${contact.stakeholderId}?notice=contact-removed`
          : `/cities/${contact?.cityId ?? ''}/stakeholders`,
      );
    });
  };
}
