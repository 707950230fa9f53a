import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { agendaPage, confirmPage, eventListPage, placeLine, registerPage, type FormState } from '@convivio/web';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { AppError, validationError } from '../errors.ts';
import { cityNames } from '../cities/service.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formBody } from '../web/form-body.ts';
import { issuesOf } from '../web/form-errors.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { personalAgenda } from './agenda.ts';
import { savedSessionIds } from './saved-session-queries.ts';
import { choicePointsOf } from './choice-points.ts';
import { exportRoutes } from './export-routes.ts';
import { managePages } from './manage-pages.ts';
import { publicProgrammePages } from './public-programme-pages.ts';
import { assignmentsOf, findParticipantOfUser, rankingsOf, type ParticipantRow } from './participant-queries.ts';
import { participantCalendar } from './participant-views.ts';
import { siteIdentity } from './calendar-identity.ts';
import { mailRegistration } from './event-mail.ts';
import { calendarFeedFile } from './calendar-feed-routes.ts';
import { calendarFeedPages } from './calendar-feed-pages.ts';
import { checkInPages } from './checkin-pages.ts';
import { canManageEvent, getVisibleEvent } from './access.ts';
import { presentEventSummary } from './presenter.ts';
import { listEvents, organisedEventIds, type EventRow } from './queries.ts';
import { choicePointViews, rankingErrorsByPoint, rankingsFromForm } from './ranking-form.ts';
import { registrationErrors, registrationFormValues, registrationFromForm, registrationValues } from './page-forms.ts';
import { registerParticipant, setRankings, updateRegistration, withdrawRegistration } from './registration-service.ts';

const NOTICES = ['registered', 'saved', 'choices', 'withdrawn'] as const;
const NOTICE_KEYS: Record<(typeof NOTICES)[number], string> = {
  registered: 'events.register.done',
  saved: 'events.register.saved',
  choices: 'events.choices.saved',
  withdrawn: 'events.register.withdrawn',
};

const RANKING_SCRIPTS = ['/static/ranking.js'];

const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;
const noticeOf = (request: FastifyRequest, t: (k: string) => string) => {
  const n = queryText(request, 'notice') as (typeof NOTICES)[number];
  return NOTICES.includes(n) ? t(NOTICE_KEYS[n]) : null;
};

/** The events pages for everybody: list, programme, registration and ranking, personal agenda, exports. */
export function eventPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const db = ctx.db;

    async function renderRegister(
      request: FastifyRequest,
      event: EventRow,
      row: ParticipantRow | null,
      over: {
        form?: FormState;
        formError?: string | null;
        rankings?: Record<string, string[]>;
        rankingErrors?: Record<string, string>;
        status?: number;
      } = {},
    ) {
      const user = requireSignedIn(request);
      const page = pageContext(request);
      const cities = Object.entries(await cityNames(db))
        .map(([id, name]) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name));
      const manager = await canManageEvent(db, user, event.id);
      const stored = row ? ((await rankingsOf(db, event.id, row.id)).get(row.id) ?? {}) : {};
      const assigned = row ? ((await assignmentsOf(db, event.id, row.id)).get(row.id) ?? {}) : {};
      return {
        page,
        status: over.status ?? 200,
        body: registerPage(page, {
          event: { id: event.id, name: event.record.name },
          registration: row ? { id: row.id, registrationNo: Number(row.registration_no) } : null,
          form: over.form ?? { values: registrationValues(row, user), errors: {} },
          formError: over.formError ?? null,
          cities,
          choicePoints: choicePointViews(event.record),
          rankings: over.rankings ?? stored,
          rankingErrors: over.rankingErrors ?? {},
          assignments: assigned,
          canRank: event.choices_open || manager,
          notice: noticeOf(request, page.t),
        }),
      };
    }

    app.get('/events', async (request, reply) => {
      const page = pageContext(request);
      const user = request.user;
      const draftsOf = can(user, 'events.seeAllDrafts', null) ? null : user ? await organisedEventIds(db, user.id) : [];
      const rows = await listEvents(db, { draftsOf });
      return sendPage(
        reply,
        page,
        page.t('events.title'),
        eventListPage(
          page,
          rows.map((r) => ({ ...presentEventSummary(r), host: r.record.host })),
        ),
      );
    });

    app.get('/events/:id/register', async (request, reply) => {
      const user = requireSignedIn(request);
      const event = await getVisibleEvent(db, user, idOf(request));
      const r = await renderRegister(request, event, await findParticipantOfUser(db, event.id, user.id));
      return sendPage(reply, r.page, r.page.t('events.register.title', { event: event.record.name }), r.body, {
        scripts: RANKING_SCRIPTS,
      });
    });

    app.post('/events/:id/register', async (request, reply) => {
      const user = requireSignedIn(request);
      const event = await getVisibleEvent(db, user, idOf(request));
      const body = formBody(request.body);
      const existing = await findParticipantOfUser(db, event.id, user.id);
      try {
        if (existing) await updateRegistration(db, user, event.id, existing.id, registrationFromForm(body));
        else
          await mailRegistration(
            ctx,
            siteIdentity(ctx.config, request),
            await registerParticipant(db, user, event.id, registrationFromForm(body)),
          );
        return seeOther(reply, `/events/${event.id}/register?notice=${existing ? 'saved' : 'registered'}`);
      } catch (err) {
        if (!(err instanceof AppError) || !['validation_failed', 'conflict'].includes(err.code)) throw err;
        const { errors, general } = registrationErrors(issuesOf(err));
        const r = await renderRegister(request, event, existing, {
          form: { values: registrationFormValues(body), errors },
          formError: general,
          status: 400,
        });
        return sendPage(reply, r.page, r.page.t('events.register.title', { event: event.record.name }), r.body, {
          status: 400,
          scripts: RANKING_SCRIPTS,
        });
      }
    });

    app.post('/events/:id/rankings', async (request, reply) => {
      const user = requireSignedIn(request);
      const event = await getVisibleEvent(db, user, idOf(request));
      const row = await findParticipantOfUser(db, event.id, user.id);
      if (!row) return seeOther(reply, `/events/${event.id}/register`);
      const { rankings, issues } = rankingsFromForm(formBody(request.body), choicePointsOf(event.record));
      try {
        if (issues.length) throw validationError(issues);
        await setRankings(db, user, event.id, row.id, rankings);
        return seeOther(reply, `/events/${event.id}/register?notice=choices`);
      } catch (err) {
        if (!(err instanceof AppError) || !['validation_failed', 'conflict'].includes(err.code)) throw err;
        const r = await renderRegister(request, event, row, {
          rankings,
          rankingErrors: rankingErrorsByPoint(issuesOf(err)),
          status: 400,
        });
        return sendPage(reply, r.page, r.page.t('events.register.title', { event: event.record.name }), r.body, {
          status: 400,
          scripts: RANKING_SCRIPTS,
        });
      }
    });

    // Asks before a registration is erased (the POST below does it).
    app.get('/events/:id/withdraw', async (request, reply) => {
      const user = requireSignedIn(request);
      const event = await getVisibleEvent(db, user, idOf(request));
      const row = await findParticipantOfUser(db, event.id, user.id);
      if (!row) return seeOther(reply, `/events/${event.id}/register`);
      const page = pageContext(request);
      const { t } = page;
      const count = (m: Map<string, Record<string, string[]>>) =>
        Object.values(m.get(row.id) ?? {}).filter((ids) => ids.length).length;
      return sendPage(
        reply,
        page,
        t('events.withdraw.title', { event: event.record.name }),
        confirmPage(page, {
          title: t('events.withdraw.title', { event: event.record.name }),
          question: t('events.withdraw.question', { event: event.record.name, no: row.registration_no }),
          losses: [
            t('events.withdraw.details'),
            t('events.withdraw.rankings', { count: count(await rankingsOf(db, event.id, row.id)) }),
            t('events.withdraw.assignments', { count: count(await assignmentsOf(db, event.id, row.id)) }),
          ],
          action: `/events/${event.id}/withdraw`,
          confirmLabel: t('events.register.withdrawConfirm'),
          cancelHref: `/events/${event.id}/register`,
        }),
      );
    });

    app.post('/events/:id/withdraw', async (request, reply) => {
      const user = requireSignedIn(request);
      const event = await getVisibleEvent(db, user, idOf(request));
      const row = await findParticipantOfUser(db, event.id, user.id);
      if (row) await withdrawRegistration(db, user, event.id, row.id);
      return seeOther(reply, `/events/${event.id}/register?notice=withdrawn`);
    });

    app.get('/events/:id/me', async (request, reply) => {
      const user = requireSignedIn(request);
      const page = pageContext(request);
      const event = await getVisibleEvent(db, user, idOf(request));
      const row = await findParticipantOfUser(db, event.id, user.id);
      const items = row
        ? personalAgenda(
            event.record,
            (await rankingsOf(db, event.id, row.id)).get(row.id) ?? {},
            (await assignmentsOf(db, event.id, row.id)).get(row.id) ?? {},
          )
        : null;
      const savedIds = row ? await savedSessionIds(db, row.id) : [];
      return sendPage(
        reply,
        page,
        page.t('events.agenda.title', { event: event.record.name }),
        agendaPage(page, {
          event: { id: event.id, name: event.record.name, timezone: event.record.timezone },
          items,
          savedSessions: event.record.sessions
            .filter((s) => savedIds.includes(s.id))
            .map((s) => ({ session: s, place: placeLine(page, event.record, s) })),
          saved: row
            ? { eventId: event.id, participantId: row.id, saved: savedIds, back: `/events/${event.id}/me` }
            : null,
          notice: noticeOf(request, page.t),
        }),
        { scripts: ['/static/programme.js'] },
      );
    });

    app.get('/events/:id/me/calendar.ics', async (request, reply) => {
      const user = requireSignedIn(request);
      const eventId = idOf(request);
      const row = await findParticipantOfUser(db, eventId, user.id);
      if (!row) throw new AppError('not_found', 'You are not registered for this event');
      const cal = await participantCalendar(db, user, eventId, row.id, siteIdentity(ctx.config, request).host);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${cal.filename}"`)
        .send(cal.body);
    });

    await app.register(publicProgrammePages(ctx));
    await app.register(managePages(ctx));
    await app.register(exportRoutes(ctx, { hide: true }));
    await app.register(calendarFeedFile(ctx, { hide: true }));
    await app.register(calendarFeedPages(ctx));
    await app.register(checkInPages(ctx));
  };
}
