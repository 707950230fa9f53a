import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { actionPlanPage, mentoringListPage, mentoringProgrammePage, type FormState } from '@convivio/web';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { visibleEvents } from '../events/access.ts';
import { listChallenges } from '../network/service.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formBody, optionalText, text, type FormBody } from '../web/form-body.ts';
import { formFailure, isFormError, issuesOf } from '../web/form-errors.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { topField } from '../records/field-path.ts';
import { contactPages } from './contact-pages.ts';
import { toolkitPages } from './toolkit-pages.ts';
import { historyPages } from './history-pages.ts';
import { presentPlan, presentProgramme, presentSummary } from './presenter.ts';
import {
  actionPlan,
  addStudyVisit,
  cityFacts,
  endorsePlan,
  getProgramme,
  listProgrammes,
  postOfferOrRequest,
  programmeView,
  saveAction,
  withdrawPost,
} from './service.ts';

const EMPTY: FormState = { values: {}, errors: {} };
type Params = Record<string, string>;
const params = (request: FastifyRequest) => request.params as Params;

/** A form that failed: its values and errors, shown again with the status of the error. */
interface Failed {
  formFor: string | null;
  state: FormState;
  error: string | null;
  status: number;
}
const OK: Failed = { formFor: null, state: EMPTY, error: null, status: 200 };

/** A number typed in a form: the number, or the text itself so that validation names the field. */
const numberOrText = (s: string) => (s.trim() === '' ? undefined : /^\d+$/.test(s.trim()) ? Number(s.trim()) : s);

function readPost(body: FormBody) {
  const values = Object.fromEntries(
    ['kind', 'themeId', 'cityId', 'capacity', 'challengeId', 'note'].map((n) => [n, text(body, n)]),
  );
  const input = {
    themeId: values.themeId,
    cityId: values.cityId,
    challengeId: optionalText(body, 'challengeId'),
    note: optionalText(body, 'note'),
    ...(values.kind === 'offer' ? { capacity: numberOrText(values.capacity ?? '') } : {}),
  };
  return { values, input, kind: values.kind === 'offer' ? ('offer' as const) : ('request' as const) };
}

function readAction(body: FormBody) {
  const values = Object.fromEntries(['title', 'owner', 'deadline', 'status'].map((n) => [n, text(body, n)]));
  const input = {
    title: values.title,
    owner: optionalText(body, 'owner'),
    deadline: optionalText(body, 'deadline')?.trim() || null,
    status: values.status || undefined,
  };
  return { values, input };
}

/** The study-visit form's fields (prefixed, so that they do not clash with the post form's on the same page). */
const VISIT_FIELDS = ['title', 'themeId', 'hostCityId', 'eventId', 'note'];

function readVisit(body: FormBody) {
  const values = Object.fromEntries(VISIT_FIELDS.map((n) => [`visit.${n}`, text(body, `visit.${n}`)]));
  const input = Object.fromEntries(VISIT_FIELDS.map((n) => [n, values[`visit.${n}`]]));
  return { values, input };
}

/** The mentoring pages: programmes, a programme, a theme's toolkit and self-check, a city's action plan. */
export function mentoringPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const { db } = ctx;
    contactPages(app, db);
    toolkitPages(app, db);
    historyPages(app, db);

    app.get('/mentoring', async (request, reply) => {
      const page = pageContext(request);
      const cities = await cityFacts(db);
      const items = (await listProgrammes(db)).map((p) => presentSummary(p, cities));
      return sendPage(reply, page, page.t('mentoring.title'), mentoringListPage(page, items));
    });

    async function renderProgramme(request: FastifyRequest, reply: FastifyReply, id: string, form = OK) {
      const page = pageContext(request);
      const view = await programmeView(db, request.user, id);
      const programme = presentProgramme(view, can(request.user, 'mentoring.seeContacts', null));
      const postFor = [...view.cities.values()]
        .filter((c) => can(request.user, 'city.edit', { cityId: c.id }))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((c) => ({ id: c.id, name: c.name }));
      const notices: Record<string, string> = {
        posted: 'mentoring.posted',
        withdrawn: 'mentoring.withdrawn',
        'visit-added': 'mentoring.visitAdded',
        'contact-saved': 'mentoring.contactSaved',
      };
      const canManage = can(request.user, 'mentoring.manage', null);
      const n = notices[queryText(request, 'notice')];
      return sendPage(
        reply,
        page,
        programme.name,
        mentoringProgrammePage(page, {
          programme,
          challenges: new Map((await listChallenges(db)).map((c) => [c.id, c.name])),
          postFor,
          form: form.formFor === 'post' ? form.state : { values: { kind: 'request' }, errors: {} },
          formError: form.formFor === 'post' ? form.error : null,
          notice: n ? page.t(n) : null,
          visitForm: canManage
            ? {
                state: form.formFor === 'visit' ? form.state : EMPTY,
                error: form.formFor === 'visit' ? form.error : null,
                hostCities: [...view.cities.values()]
                  .sort((a, b) => a.name.localeCompare(b.name))
                  .map((c) => ({ id: c.id, name: c.name })),
                events: (await visibleEvents(db, request.user)).map((e) => ({
                  id: e.id,
                  name: e.name,
                  startDate: e.record.startDate,
                })),
              }
            : null,
          historyLink: canManage || can(request.user, 'city.seeDrafts', { cityId: request.user?.cityId ?? null }),
        }),
        { status: form.status, scripts: ['/static/form.js'] },
      );
    }

    app.get('/mentoring/:id', async (request, reply) => renderProgramme(request, reply, params(request).id!));

    app.post('/mentoring/:id/posts', async (request, reply) => {
      const user = requireSignedIn(request);
      const { id } = params(request);
      const { values, input, kind } = readPost(formBody(request.body));
      try {
        const postId = await postOfferOrRequest(db, user, id!, kind, input);
        return seeOther(reply, `/mentoring/${id}?notice=posted#${postId}`);
      } catch (err) {
        if (!isFormError(err)) throw err;
        const f = formFailure(issuesOf(err), (x) => (x in values ? topField(x) : null));
        return renderProgramme(request, reply, id!, {
          formFor: 'post',
          state: { values, errors: f.errors },
          error: f.general,
          status: err.status,
        });
      }
    });

    app.post('/mentoring/:id/study-visits', async (request, reply) => {
      const user = requireSignedIn(request);
      const { id } = params(request);
      const { values, input } = readVisit(formBody(request.body));
      try {
        const visitId = await addStudyVisit(db, user, id!, input);
        return seeOther(reply, `/mentoring/${id}?notice=visit-added#${visitId}`);
      } catch (err) {
        if (!isFormError(err)) throw err;
        const f = formFailure(issuesOf(err), (x) =>
          VISIT_FIELDS.includes(topField(x)) ? `visit.${topField(x)}` : null,
        );
        return renderProgramme(request, reply, id!, {
          formFor: 'visit',
          state: { values, errors: f.errors },
          error: f.general,
          status: err.status,
        });
      }
    });

    app.post('/mentoring/:id/posts/:postId/withdraw', async (request, reply) => {
      const user = requireSignedIn(request);
      const { id, postId } = params(request);
      await withdrawPost(db, user, id!, postId!);
      return seeOther(reply, `/mentoring/${id}?notice=withdrawn`);
    });

    async function renderPlan(request: FastifyRequest, reply: FastifyReply, form = OK) {
      const page = pageContext(request);
      const { id, cityId } = params(request);
      const programme = await getProgramme(db, id!);
      const plan = presentPlan(id!, await actionPlan(db, id!, cityId!));
      const city = (await cityFacts(db)).get(cityId!)!;
      return sendPage(
        reply,
        page,
        page.t('mentoring.planOf', { city: city.name }),
        actionPlanPage(page, {
          programme: { id: programme.id, name: programme.name },
          city: { id: city.id, name: city.name },
          plan,
          canEdit: can(request.user, 'city.edit', { cityId: city.id }),
          formFor: form.formFor,
          form: form.state,
          formError: form.error,
          notice: queryText(request, 'notice') === 'saved' ? page.t('mentoring.saved') : null,
        }),
        { status: form.status, scripts: ['/static/form.js'] },
      );
    }

    app.get('/mentoring/:id/plans/:cityId', async (request, reply) => renderPlan(request, reply));

    /** Runs a plan form's change; on a form error shows the plan again with it. */
    async function planForm(
      request: FastifyRequest,
      reply: FastifyReply,
      formFor: string,
      values: Record<string, string>,
      change: () => Promise<unknown>,
    ) {
      const { id, cityId } = params(request);
      try {
        await change();
        return seeOther(reply, `/mentoring/${id}/plans/${cityId}?notice=saved`);
      } catch (err) {
        if (!isFormError(err)) throw err;
        const f = formFailure(issuesOf(err), (x) => (topField(x) in values ? topField(x) : null));
        return renderPlan(request, reply, {
          formFor,
          state: { values, errors: f.errors },
          error: f.general,
          status: err.status,
        });
      }
    }

    app.post('/mentoring/:id/plans/:cityId/actions', async (request, reply) => {
      const user = requireSignedIn(request);
      const { id, cityId } = params(request);
      const { values, input } = readAction(formBody(request.body));
      return planForm(request, reply, 'action', values, () => saveAction(db, user, id!, cityId!, input));
    });

    app.post('/mentoring/:id/plans/:cityId/actions/:actionId', async (request, reply) => {
      const user = requireSignedIn(request);
      const { id, cityId, actionId } = params(request);
      const { values, input } = readAction(formBody(request.body));
      return planForm(request, reply, actionId!, values, () => saveAction(db, user, id!, cityId!, input, actionId));
    });

    app.post('/mentoring/:id/plans/:cityId/endorsement', async (request, reply) => {
      const user = requireSignedIn(request);
      const { id, cityId } = params(request);
      const body = formBody(request.body);
      const values = { body: text(body, 'body'), endorsedOn: text(body, 'endorsedOn') };
      const input = values.body.trim() ? { body: values.body, endorsedOn: values.endorsedOn.trim() || null } : null;
      return planForm(request, reply, 'endorsement', values, () => endorsePlan(db, user, id!, cityId!, input));
    });
  };
}
