import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { assessmentField, cityAssessmentsPage, cycleReportPage, cyclesPage, type FormState } from '@convivio/web';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { practicesOfCity } from '../practices/service.ts';
import { topField } from '../records/field-path.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { checked, formBody, lines, optionalText, text } from '../web/form-body.ts';
import { formFailure, isFormError, issuesOf } from '../web/form-errors.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { presentCityAssessments, presentCityHelp, presentCycle, presentCycleReport } from './cycle-presenter.ts';
import {
  cityHelp,
  createCycle,
  cycleReport,
  getCityAssessments,
  getCycle,
  listCycles,
  mayAssess,
  setAssessment,
  updateCycle,
} from './cycle-service.ts';

const EMPTY: FormState = { values: {}, errors: {} };
const ASSESSMENT_FIELDS = ['status', 'evidence', 'evidenceLinks', 'practiceIds'];
type FormOutcome = { formFor: string | null; state: FormState; error: string | null; status: number };
const NO_FORM: FormOutcome = { formFor: null, state: EMPTY, error: null, status: 200 };

/** The monitoring cycles' pages: the list (with the administrators' forms), a cycle's report, a city's assessments. */
export function charterCyclePages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const { db } = ctx;

    async function renderList(request: FastifyRequest, reply: FastifyReply, form: FormOutcome = NO_FORM) {
      const page = pageContext(request);
      return sendPage(
        reply,
        page,
        page.t('cycles.title'),
        cyclesPage(page, {
          cycles: (await listCycles(db)).map(presentCycle),
          canManage: can(request.user, 'charter.manageCycles', null),
          form: form.state,
          formError: form.error,
          notice: queryText(request, 'notice') === 'saved' ? page.t('cycles.saved') : null,
        }),
        { status: form.status, scripts: ['/static/form.js'] },
      );
    }

    app.get('/charter/cycles', async (request, reply) => renderList(request, reply));

    app.post('/charter/cycles', async (request, reply) => {
      const user = requireSignedIn(request);
      const body = formBody(request.body);
      const values = { name: text(body, 'name'), startsOn: text(body, 'startsOn'), endsOn: text(body, 'endsOn') };
      try {
        const cycle = await createCycle(db, user, {
          name: values.name,
          startsOn: values.startsOn.trim(),
          endsOn: values.endsOn.trim(),
        });
        return seeOther(reply, `/charter/cycles/${cycle.id}`);
      } catch (err) {
        if (!isFormError(err)) throw err;
        const f = formFailure(issuesOf(err), (x) => (x in values ? x : null));
        return renderList(request, reply, {
          formFor: 'cycle',
          state: { values, errors: f.errors },
          error: f.general,
          status: err.status,
        });
      }
    });

    app.post('/charter/cycles/:cycleId/state', async (request, reply) => {
      const user = requireSignedIn(request);
      const { cycleId } = request.params as { cycleId: string };
      const cycle = presentCycle(await getCycle(db, cycleId));
      const { startsOn, endsOn, name } = cycle;
      await updateCycle(db, user, cycleId, { name, startsOn, endsOn, state: text(formBody(request.body), 'state') });
      return seeOther(reply, '/charter/cycles?notice=saved');
    });

    app.get('/charter/cycles/:cycleId', async (request, reply) => {
      const page = pageContext(request);
      const { cycleId } = request.params as { cycleId: string };
      const compare = queryText(request, 'compare') || null;
      const v = presentCycleReport(await cycleReport(db, cycleId, compare));
      const others = (await listCycles(db)).filter((c) => c.id !== cycleId).map(presentCycle);
      return sendPage(
        reply,
        page,
        page.t('cycles.reportTitle', { cycle: v.cycle.name }),
        cycleReportPage(page, { ...v, others }),
      );
    });

    async function renderCity(
      request: FastifyRequest,
      reply: FastifyReply,
      cycleId: string,
      cityId: string,
      form: FormOutcome = NO_FORM,
    ) {
      const page = pageContext(request);
      const found = await getCityAssessments(db, request.user, cycleId, cityId);
      const v = presentCityAssessments(found, can(request.user, 'city.edit', { cityId }));
      const edit = mayAssess(request.user, found.cycle, cityId, found.signatory)
        ? { practices: (await practicesOfCity(db, cityId, true)).map((p) => ({ id: p.id, name: p.name })) }
        : null;
      const help = presentCityHelp(await cityHelp(db, request.user, cycleId, cityId));
      return sendPage(
        reply,
        page,
        page.t('cycles.cityTitle', { city: v.city.name, cycle: v.cycle.name }),
        cityAssessmentsPage(page, {
          ...v,
          help,
          edit,
          formFor: form.formFor,
          form: form.state,
          formError: form.error,
          notice: queryText(request, 'notice') === 'saved' ? page.t('cycles.saved') : null,
        }),
        { status: form.status, scripts: ['/static/form.js'] },
      );
    }

    app.get('/charter/cycles/:cycleId/cities/:id', async (request, reply) => {
      const { cycleId, id } = request.params as { cycleId: string; id: string };
      return renderCity(request, reply, cycleId, id);
    });

    app.post('/charter/cycles/:cycleId/cities/:id/assessments/:commitmentId', async (request, reply) => {
      const user = requireSignedIn(request);
      const { cycleId, id, commitmentId } = request.params as { cycleId: string; id: string; commitmentId: string };
      const body = formBody(request.body);
      const f = (name: string) => assessmentField(commitmentId, name);
      const values = {
        [f('status')]: text(body, f('status')),
        [f('evidence')]: text(body, f('evidence')),
        [f('evidenceLinks')]: text(body, f('evidenceLinks')),
        [f('practiceIds')]: checked(body, f('practiceIds')),
      };
      try {
        await setAssessment(db, user, cycleId, id, commitmentId, {
          status: text(body, f('status')),
          evidence: optionalText(body, f('evidence')),
          evidenceLinks: lines(body, f('evidenceLinks')),
          practiceIds: checked(body, f('practiceIds')),
        });
        return seeOther(reply, `/charter/cycles/${cycleId}/cities/${id}?notice=saved`);
      } catch (err) {
        if (!isFormError(err)) throw err;
        const failure = formFailure(issuesOf(err), (x) =>
          ASSESSMENT_FIELDS.includes(topField(x)) ? f(topField(x)) : null,
        );
        return renderCity(request, reply, cycleId, id, {
          formFor: commitmentId,
          state: { values, errors: failure.errors },
          error: failure.general,
          status: err.status,
        });
      }
    });
  };
}
