import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { confirmPage } from '@convivio/web';
import { assertCan } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { checked, formBody } from '../web/form-body.ts';
import { formFailure, isFormError, issuesOf } from '../web/form-errors.ts';
import { requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { LabFormReader } from './lab-form.ts';
import { addParticipant, removeParticipant } from './participant-service.ts';
import { addExperiment, addRecommendation, addSession, updateExperiment, updatePhase } from './phase-service.ts';
import { renderLab } from './lab-page.ts';
import { topField } from '../records/field-path.ts';
import { getLab, setLabThemes } from './service.ts';
import { presentLabFor } from './view-service.ts';

type Params = { id: string; pid?: string; eid?: string };

/** Service field paths → the lab page's form field names (`title` of a session → `sessionTitle`, …). */
const FIELD_ALIASES: Record<string, Record<string, string>> = {
  session: { date: 'sessionDate', title: 'sessionTitle', phase: 'sessionPhase' },
  experiment: {
    title: 'experimentTitle',
    description: 'experimentDescription',
    startDate: 'experimentStart',
    endDate: 'experimentEnd',
    budget: 'budget',
  },
  recommendation: { text: 'recommendation' },
};

/** The forms that run a lab: each posts, then returns to the lab page (or shows it again with the problems). */
export function labActionPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const { db } = ctx;
    /** Runs an action from a form; on bad input shows the lab again with each problem next to its field. */
    function action(
      path: string,
      kind: string,
      run: (request: FastifyRequest, r: LabFormReader, p: Params) => Promise<unknown>,
    ) {
      app.post(path, async (request: FastifyRequest, reply: FastifyReply) => {
        const p = request.params as Params;
        requireSignedIn(request);
        const reader = new LabFormReader(formBody(request.body));
        try {
          await run(request, reader, p);
          return seeOther(reply, `/labs/${p.id}?notice=saved`);
        } catch (err) {
          if (!isFormError(err)) throw err;
          const aliases = FIELD_ALIASES[kind] ?? {};
          const f = formFailure(issuesOf(err), (field) => {
            const top = topField(field);
            return aliases[top] ?? top;
          });
          return renderLab(
            ctx,
            request,
            reply,
            p.id,
            { values: reader.values, errors: f.errors },
            f.general,
            err.status,
          );
        }
      });
    }

    action('/labs/:id/phase', 'phase', async (request, r, p) => {
      const input = {
        status: r.text('status') ?? undefined,
        startDate: r.text('startDate'),
        endDate: r.text('endDate'),
        summary: r.text('summary'),
        ideasCollected: r.number('ideasCollected', true),
        ideasKept: r.number('ideasKept', true),
        commentsCollected: r.number('commentsCollected', true),
        commentsKept: r.number('commentsKept', true),
      };
      const phase = r.text('phase') ?? '';
      r.assertValid();
      const sent = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
      await updatePhase(db, request.user, p.id, phase, sent);
    });

    action('/labs/:id/sessions', 'session', async (request, r, p) => {
      const input = {
        date: r.text('sessionDate'),
        title: r.text('sessionTitle'),
        phase: r.text('sessionPhase'),
        location: r.text('location'),
        participantCount: r.number('participantCount', true),
        notes: r.text('notes'),
      };
      r.assertValid();
      await addSession(db, request.user, p.id, input);
    });

    action('/labs/:id/themes', 'themes', async (request, r, p) => {
      const themes = checked(formBody(request.body), 'themes');
      r.values.themes = themes;
      await setLabThemes(db, request.user, p.id, themes, null);
    });

    action('/labs/:id/participants', 'participant', async (request, r, p) => {
      const contactId = r.text('contactId');
      const input = contactId
        ? { contactId }
        : { stakeholderId: r.text('stakeholderId'), group: r.text('group') ?? undefined };
      await addParticipant(db, request.user, p.id, input);
    });

    // Asks before a participant is removed (the action below does it).
    app.get('/labs/:id/participants/:pid/remove', async (request, reply) => {
      const p = request.params as Params;
      const user = requireSignedIn(request);
      const row = await getLab(db, p.id);
      assertCan(user, 'city.edit', { cityId: row.city_id }, 'this policy lab');
      const lab = await presentLabFor(db, user, row);
      const who = [
        ...lab.participants.map((x) => ({ id: x.stakeholderId, name: x.name ?? x.stakeholderId })),
        ...(lab.people.list ?? []).map((x) => ({ id: x.contactId, name: x.name })),
      ].find((x) => x.id === p.pid);
      if (!who) throw notFound('Participant', p.pid ?? '');
      const page = pageContext(request);
      const { t } = page;
      return sendPage(
        reply,
        page,
        t('labs.confirmRemove.title', { name: who.name }),
        confirmPage(page, {
          title: t('labs.confirmRemove.title', { name: who.name }),
          question: t('labs.confirmRemove.question', { name: who.name, lab: row.name }),
          losses: [],
          action: `/labs/${row.id}/participants/${who.id}/remove`,
          confirmLabel: t('labs.confirmRemove.yes'),
          cancelHref: `/labs/${row.id}`,
        }),
      );
    });

    action('/labs/:id/participants/:pid/remove', 'participant', async (request, _r, p) => {
      await removeParticipant(db, request.user, p.id, p.pid!);
    });

    action('/labs/:id/experiments', 'experiment', async (request, r, p) => {
      const amount = r.number('budget', false);
      const input = {
        title: r.text('experimentTitle'),
        description: r.text('experimentDescription'),
        budget: amount === null ? null : { amount, currency: 'EUR' },
        owner: r.text('owner'),
        startDate: r.text('experimentStart'),
        endDate: r.text('experimentEnd'),
      };
      r.assertValid();
      await addExperiment(db, request.user, p.id, input);
    });

    action('/labs/:id/experiments/:eid', 'result', async (request, r, p) => {
      const eid = p.eid!;
      const input = { status: r.text(`status-${eid}`) ?? undefined, result: r.text(`result-${eid}`) };
      await updateExperiment(
        db,
        request.user,
        p.id,
        eid,
        Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
      );
    });

    action('/labs/:id/recommendations', 'recommendation', async (request, r, p) => {
      const body = formBody(request.body);
      const input = { text: r.text('recommendation'), practiceIds: checked(body, 'practiceIds') };
      r.values.practiceIds = input.practiceIds;
      await addRecommendation(db, request.user, p.id, input);
    });
  };
}
