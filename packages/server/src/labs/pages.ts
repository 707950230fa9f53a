import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { labsPage, type FormState } from '@convivio/web';
import { can } from '../accounts/policy.ts';
import { listCities } from '../cities/service.ts';
import type { AppContext } from '../context.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formBody, text } from '../web/form-body.ts';
import { formFailure, isFormError, issuesOf } from '../web/form-errors.ts';
import { requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { renderLab } from './lab-page.ts';
import { labActionPages } from './action-pages.ts';
import { findFramework, listLabRows } from './queries.ts';
import { createLab } from './service.ts';
import { presentLabsFor } from './view-service.ts';
import { topField } from '../records/field-path.ts';

const EMPTY: FormState = { values: {}, errors: {} };

/** The policy labs: the list with the method, one lab, and (in action-pages.ts) the forms that run it. */
export function labPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const { db } = ctx;

    async function renderList(
      request: FastifyRequest,
      reply: FastifyReply,
      form: FormState = EMPTY,
      formError: string | null = null,
      status = 200,
    ) {
      const page = pageContext(request);
      const labs = await presentLabsFor(db, request.user, await listLabRows(db, null));
      const f = await findFramework(db);
      const cities = await listCities(db, { includeDrafts: false });
      const cityName = new Map(cities.map((c) => [c.id, c.name]));
      const editable = cities
        .filter((c) => can(request.user, 'city.edit', { cityId: c.id }))
        .map((c) => ({ id: c.id, name: c.name }));
      return sendPage(
        reply,
        page,
        page.t('labs.title'),
        labsPage(page, {
          labs: labs.map((l) => ({
            id: l.id,
            name: l.name,
            cityName: l.cityName,
            topic: l.topic,
            area: l.area,
            progress: l.progress,
          })),
          framework: f
            ? {
                ...f,
                cityNotes: f.cityNotes.map((x) => ({
                  cityName: x.cityId ? (cityName.get(x.cityId) ?? x.cityId) : null,
                  text: x.text,
                })),
              }
            : null,
          cities: editable,
          form,
          formError,
          notice: null,
        }),
        { status },
      );
    }

    app.get('/labs', async (request, reply) => renderList(request, reply));

    app.post('/labs', async (request, reply) => {
      const user = requireSignedIn(request);
      const body = formBody(request.body);
      const values = {
        cityId: text(body, 'cityId'),
        name: text(body, 'name'),
        topic: text(body, 'topic'),
        area: text(body, 'area'),
        description: text(body, 'description'),
      };
      try {
        const row = await createLab(db, user, { ...values, description: values.description.trim() || null });
        return seeOther(reply, `/labs/${row.id}?notice=created`);
      } catch (err) {
        if (!isFormError(err)) throw err;
        const f = formFailure(issuesOf(err), (x) =>
          ['cityId', 'name', 'topic', 'area', 'description'].includes(topField(x)) ? topField(x) : null,
        );
        return renderList(request, reply, { values, errors: f.errors }, f.general, err.status);
      }
    });

    app.get('/labs/:id', async (request, reply) =>
      renderLab(ctx, request, reply, (request.params as { id: string }).id),
    );

    await app.register(labActionPages(ctx));
  };
}
