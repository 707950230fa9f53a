import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { charterPage, cityCommitmentsPage, commitmentField, type FormState } from '@convivio/web';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { practicesOfCity } from '../practices/service.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { checked, formBody, lines, optionalText, text, type FormBody } from '../web/form-body.ts';
import { formFailure, isFormError, issuesOf } from '../web/form-errors.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { presentCharter, presentCityCommitments } from './presenter.ts';
import { findCharter, listSignatories } from './queries.ts';
import { charterReport } from './report.ts';
import { getCityCommitments, setCityCommitment, setSignatory } from './service.ts';
import { topField } from '../records/field-path.ts';

const EMPTY: FormState = { values: {}, errors: {} };
const COMMITMENT_FIELDS = ['status', 'note', 'evidenceLinks', 'practiceIds'];

/** What the commitment form posted, under its field names, and as the service's input. */
function readCommitmentForm(body: FormBody, commitmentId: string) {
  const f = (name: string) => commitmentField(commitmentId, name);
  const values = {
    [f('status')]: text(body, f('status')),
    [f('note')]: text(body, f('note')),
    [f('evidenceLinks')]: text(body, f('evidenceLinks')),
    [f('practiceIds')]: checked(body, f('practiceIds')),
  };
  const input = {
    status: text(body, f('status')),
    note: optionalText(body, f('note')),
    evidenceLinks: lines(body, f('evidenceLinks')),
    practiceIds: checked(body, f('practiceIds')),
  };
  return { values, input };
}

/** The /charter page and each city's commitments page with its forms. */
export function charterPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const { db } = ctx;

    app.get('/charter', async (request, reply) => {
      const page = pageContext(request);
      const found = await findCharter(db);
      const charter = found ? presentCharter(found, await listSignatories(db)) : null;
      return sendPage(
        reply,
        page,
        page.t('charter.title'),
        charterPage(page, {
          charter,
          signatories: (charter?.signatories ?? []).map((s) => ({
            id: s.city.id,
            name: s.city.name,
            signedOn: s.signedOn,
          })),
          report: await charterReport(db),
        }),
      );
    });

    async function renderCity(
      request: FastifyRequest,
      reply: FastifyReply,
      cityId: string,
      form: { formFor: string | null; state: FormState; error: string | null; status: number } = {
        formFor: null,
        state: EMPTY,
        error: null,
        status: 200,
      },
    ) {
      const page = pageContext(request);
      const v = presentCityCommitments(
        await getCityCommitments(db, request.user, cityId),
        can(request.user, 'city.edit', { cityId }),
      );
      const edit = can(request.user, 'city.edit', { cityId })
        ? { practices: (await practicesOfCity(db, cityId, true)).map((p) => ({ id: p.id, name: p.name })) }
        : null;
      const title = page.t('charter.cityTitle', { city: v.city.name });
      return sendPage(
        reply,
        page,
        title,
        cityCommitmentsPage(page, {
          ...v,
          edit,
          canSetSignatory: can(request.user, 'charter.setSignatory', null),
          formFor: form.formFor,
          form: form.state,
          formError: form.error,
          notice: queryText(request, 'notice') === 'saved' ? page.t('charter.saved') : null,
        }),
        { status: form.status, scripts: ['/static/form.js'] },
      );
    }

    app.get('/cities/:id/commitments', async (request, reply) =>
      renderCity(request, reply, (request.params as { id: string }).id),
    );

    app.post('/cities/:id/commitments/:commitmentId', async (request, reply) => {
      const user = requireSignedIn(request);
      const { id, commitmentId } = request.params as { id: string; commitmentId: string };
      const { values, input } = readCommitmentForm(formBody(request.body), commitmentId);
      try {
        await setCityCommitment(db, user, id, commitmentId, input);
        return seeOther(reply, `/cities/${id}/commitments?notice=saved`);
      } catch (err) {
        if (!isFormError(err)) throw err;
        const f = formFailure(issuesOf(err), (x) =>
          COMMITMENT_FIELDS.includes(topField(x)) ? commitmentField(commitmentId, topField(x)) : null,
        );
        return renderCity(request, reply, id, {
          formFor: commitmentId,
          state: { values, errors: f.errors },
          error: f.general,
          status: err.status,
        });
      }
    });

    app.post('/cities/:id/charter-signatory', async (request, reply) => {
      const user = requireSignedIn(request);
      const { id } = request.params as { id: string };
      const body = formBody(request.body);
      const values = { signed: text(body, 'signed'), signedOn: text(body, 'signedOn') };
      const signed = values.signed === 'yes' ? true : values.signed === 'no' ? false : null;
      try {
        await setSignatory(db, user, id, { signed, signedOn: optionalText(body, 'signedOn')?.trim() ?? null });
        return seeOther(reply, `/cities/${id}/commitments?notice=saved`);
      } catch (err) {
        if (!isFormError(err)) throw err;
        const f = formFailure(issuesOf(err), (x) => (['signed', 'signedOn'].includes(x) ? x : null));
        return renderCity(request, reply, id, {
          formFor: 'signatory',
          state: { values, errors: f.errors },
          error: f.general,
          status: err.status,
        });
      }
    });
  };
}
