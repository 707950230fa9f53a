import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toolkitPage, type FormState } from '@convivio/web';
import { can } from '../accounts/policy.ts';
import type { Database } from '../db/database.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formBody, text } from '../web/form-body.ts';
import { formFailure, isFormError, issuesOf } from '../web/form-errors.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { readNext } from './read-next.ts';
import { cityFacts, getProgramme, saveSelfCheck, selfCheckOf } from './service.ts';

type Params = { id: string; themeId: string; cityId?: string };
type Failed = FormState & { error: string | null; status: number };

/**
 * A theme's toolkit page: its content, the self-check a city answers (its editors, administrators),
 * where the chosen city stands on it and what to read next.
 */
export function toolkitPages(app: FastifyInstance, db: Database): void {
  async function render(request: FastifyRequest, reply: FastifyReply, failed?: Failed, cityOverride?: string) {
    const page = pageContext(request);
    const { id, themeId } = request.params as Params;
    const programme = await getProgramme(db, id);
    const theme = programme.themes.find((t) => t.id === themeId);
    if (!theme) return selfCheckOf(db, id, '', themeId); // answers 404 for an unknown theme
    const cities = await cityFacts(db);
    const cityId = cityOverride ?? (queryText(request, 'city') || request.user?.cityId || '');
    const city = cities.get(cityId);
    const s = city ? await selfCheckOf(db, id, city.id, themeId) : null;
    const answers = Object.fromEntries((s?.answers ?? []).map((a) => [`q.${a.questionId}`, a.answer]));
    const choices = programme.participants.flatMap((p) => {
      const c = cities.get(p.cityId);
      return c ? [{ id: c.id, name: c.name }] : [];
    });
    return sendPage(
      reply,
      page,
      page.t('mentoring.toolkit', { theme: theme.name }),
      toolkitPage(page, {
        programme: { id: programme.id, name: programme.name },
        theme,
        cities: choices.sort((a, b) => a.name.localeCompare(b.name)),
        city: city
          ? { id: city.id, name: city.name, canAnswer: can(request.user, 'city.edit', { cityId: city.id }) }
          : null,
        result: s?.result ?? null,
        answers: Object.fromEntries((s?.answers ?? []).map((a) => [a.questionId, a.answer])),
        answeredAt: s?.answeredAt ?? null,
        readNext: await readNext(db, programme, theme, cities),
        form: failed ?? { values: answers, errors: {} },
        formError: failed?.error ?? null,
        notice: queryText(request, 'notice') === 'saved' ? page.t('mentoring.saved') : null,
      }),
      { status: failed?.status ?? 200 },
    );
  }

  app.get('/mentoring/:id/themes/:themeId', async (request, reply) => render(request, reply));

  app.post('/mentoring/:id/themes/:themeId/self-check/:cityId', async (request, reply) => {
    const user = requireSignedIn(request);
    const { id, themeId, cityId } = request.params as Required<Params>;
    const body = formBody(request.body);
    const values = Object.fromEntries(
      Object.keys(body)
        .filter((k) => k.startsWith('q.'))
        .map((k) => [k, text(body, k)]),
    );
    const answers = Object.entries(values)
      .filter(([, v]) => v)
      .map(([k, answer]) => ({ questionId: k.slice(2), answer }));
    try {
      await saveSelfCheck(db, user, id, cityId, themeId, { answers });
      return seeOther(reply, `/mentoring/${id}/themes/${themeId}?city=${cityId}&notice=saved#stand-h`);
    } catch (err) {
      if (!isFormError(err)) throw err;
      const f = formFailure(issuesOf(err), () => null);
      return render(request, reply, { values, errors: f.errors, error: f.general, status: err.status }, cityId);
    }
  });
}
