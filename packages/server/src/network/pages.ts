import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { challengesPage, gapsPage, needsPage, priorityField, taggingPage, type FormState } from '@convivio/web';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { practicesOfCity } from '../practices/service.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { checked, formBody, text } from '../web/form-body.ts';
import { formFailure, isFormError, issuesOf } from '../web/form-errors.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { challengeFollowLinks } from './follow-links.ts';
import { needsOfCity, networkGaps } from './insights.ts';
import { presentNeeds } from './presenter.ts';
import {
  challengesWithCounts,
  cityChallenges,
  listChallenges,
  listPracticeTags,
  practiceChallenges,
  setCityChallenges,
  setPracticeChallenges,
} from './service.ts';

const EMPTY: FormState = { values: {}, errors: {} };
type FormResult = { formFor: string | null; state: FormState; error: string | null; status: number };
const NO_FORM: FormResult = { formFor: null, state: EMPTY, error: null, status: 200 };

/** The /challenges, /gaps and each city's needs and challenges pages, with the tagging forms. */
export function networkPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const { db } = ctx;

    app.get('/challenges', async (request, reply) => {
      const page = pageContext(request);
      return sendPage(
        reply,
        page,
        page.t('network.challenges.title'),
        challengesPage(page, {
          challenges: await challengesWithCounts(db),
          followed:
            request.user && challengeFollowLinks.followed
              ? await challengeFollowLinks.followed(db, request.user.id)
              : null,
        }),
      );
    });

    app.get('/gaps', async (request, reply) => {
      const page = pageContext(request);
      return sendPage(reply, page, page.t('network.gaps.title'), gapsPage(page, await networkGaps(db)));
    });

    app.get('/cities/:id/needs', async (request, reply) => {
      const page = pageContext(request);
      const { id } = request.params as { id: string };
      const v = presentNeeds(await needsOfCity(db, request.user, id));
      return sendPage(
        reply,
        page,
        page.t('network.needs.title', { city: v.city.name }),
        needsPage(page, { ...v, canEdit: can(request.user, 'city.edit', { cityId: v.city.id }) }),
      );
    });

    async function renderTagging(request: FastifyRequest, reply: FastifyReply, cityId: string, form = NO_FORM) {
      const page = pageContext(request);
      const { city, tags } = await cityChallenges(db, request.user, cityId);
      const canEdit = can(request.user, 'city.edit', { cityId: city.id });
      const practices = canEdit ? await practicesOfCity(db, city.id, true) : [];
      const practiceTags = await listPracticeTags(db);
      return sendPage(
        reply,
        page,
        page.t('network.edit.title', { city: city.name }),
        taggingPage(page, {
          city: { id: city.id, name: city.name },
          taxonomy: (await listChallenges(db)).map((c) => ({ id: c.id, name: c.name })),
          cityChallenges: Object.fromEntries(tags.map((t) => [t.challenge_id, t.priority])),
          practices: practices.map((p) => ({
            id: p.id,
            name: p.name,
            challengeIds: practiceTags.filter((t) => t.practice_id === p.id).map((t) => t.challenge_id),
          })),
          canEdit,
          formFor: form.formFor,
          form: form.state,
          formError: form.error,
          notice: queryText(request, 'notice') === 'saved' ? page.t('network.edit.saved') : null,
        }),
        { status: form.status },
      );
    }

    app.get('/cities/:id/challenges', async (request, reply) =>
      renderTagging(request, reply, (request.params as { id: string }).id),
    );

    app.post('/cities/:id/challenges', async (request, reply) => {
      const user = requireSignedIn(request);
      const { id } = request.params as { id: string };
      const body = formBody(request.body);
      const taxonomy = await listChallenges(db);
      const values = Object.fromEntries(taxonomy.map((c) => [priorityField(c.id), text(body, priorityField(c.id))]));
      const challenges = taxonomy.flatMap((c) => {
        const priority = text(body, priorityField(c.id));
        return priority ? [{ challengeId: c.id, priority }] : [];
      });
      try {
        await setCityChallenges(db, user, id, { challenges });
        return seeOther(reply, `/cities/${id}/challenges?notice=saved`);
      } catch (err) {
        if (!isFormError(err)) throw err;
        const f = formFailure(issuesOf(err), (field) => {
          const m = /^challenges\.(\d+)\./.exec(field);
          const c = m ? challenges[Number(m[1])] : undefined;
          return c ? priorityField(c.challengeId) : null;
        });
        return renderTagging(request, reply, id, {
          formFor: 'city',
          state: { values, errors: f.errors },
          error: f.general,
          status: err.status,
        });
      }
    });

    app.post('/practices/:id/challenges', async (request, reply) => {
      const user = requireSignedIn(request);
      const { id } = request.params as { id: string };
      const { practice } = await practiceChallenges(db, user, id);
      const name = `${practice.id}.challengeIds`;
      const challengeIds = checked(formBody(request.body), name);
      const cityId = practice.city_id;
      try {
        await setPracticeChallenges(db, user, id, { challengeIds });
        return seeOther(reply, cityId ? `/cities/${cityId}/challenges?notice=saved` : `/practices/${id}`);
      } catch (err) {
        if (!isFormError(err) || !cityId) throw err;
        const f = formFailure(issuesOf(err), (field) => (field.startsWith('challengeIds') ? name : null));
        return renderTagging(request, reply, cityId, {
          formFor: practice.id,
          state: { values: { [name]: challengeIds }, errors: f.errors },
          error: f.general,
          status: err.status,
        });
      }
    });
  };
}
