import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { badgesPage, managePage, roomSheetPage, type ManageView } from '@convivio/web';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { checked, formBody } from '../web/form-body.ts';
import { issuesOf } from '../web/form-errors.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { namedReport } from './assignment-routes.ts';
import { latestAssignmentReport } from './assignment-service.ts';
import { siteIdentity } from './calendar-identity.ts';
import { assignAndAnnounce } from './event-mail.ts';
import { choicePointsOf } from './choice-points.ts';
import { assignmentsOf, rankingsOf } from './participant-queries.ts';
import { assertCanManageEvent } from './access.ts';
import { programmePages } from './programme-pages.ts';
import { findEvent, type EventRow } from './queries.ts';
import { listRegistrations } from './registration-service.ts';
import { setEventSettings } from './service.ts';
import { eventBadges, roomSheet } from './sheets-service.ts';

const NOTICES: Record<string, string> = {
  assigned: 'events.manage.ran',
  settings: 'events.manage.settingsSaved',
  venue: 'events.form.venueSaved',
  session: 'events.form.sessionSaved',
  removed: 'events.form.sessionRemoved',
};

const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

/** The organisers' pages: dashboard (settings, assignment, report, registrations), room sheets and badges. */
export function managePages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const db = ctx.db;

    async function loadManaged(request: FastifyRequest): Promise<EventRow> {
      const user = requireSignedIn(request);
      const event = await findEvent(db, idOf(request));
      if (!event) throw new AppError('not_found', `Event "${idOf(request)}" does not exist`);
      await assertCanManageEvent(db, user, event.id, 'organise this event');
      return event;
    }

    async function manageView(
      request: FastifyRequest,
      event: EventRow,
      error: ManageView['error'],
    ): Promise<ManageView> {
      const t = pageContext(request).t;
      const points = choicePointsOf(event.record);
      const rows = await listRegistrations(db, request.user, event.id);
      const rankings = await rankingsOf(db, event.id);
      const assigned = await assignmentsOf(db, event.id);
      const stored = await latestAssignmentReport(db, request.user, event.id);
      const notice = queryText(request, 'notice');
      const rooms = event.record.venues.flatMap((v) =>
        v.rooms.map((r) => ({ href: `/events/${event.id}/rooms/${r.id}`, label: `${v.name} – ${r.name}` })),
      );
      const sessions = points.flatMap((p) =>
        p.kind === 'corner'
          ? [{ id: p.id, title: p.title }]
          : p.options.map((o) => ({ id: o.id, title: o.label ? `${o.label}: ${o.title}` : o.title })),
      );
      return {
        event: {
          id: event.id,
          name: event.record.name,
          status: event.status,
          registrationOpen: event.registration_open,
          choicesOpen: event.choices_open,
          waitingList: event.waiting_list,
        },
        report: stored ? await namedReport(db, event.id, stored) : null,
        error,
        notice: Object.hasOwn(NOTICES, notice) ? t(NOTICES[notice] ?? notice) : null,
        registrations: rows.map((r) => ({
          id: r.id,
          registrationNo: Number(r.registration_no),
          name: r.name,
          organisation: r.organisation,
          cityName: r.city_name,
          role: r.role,
          languages: r.languages,
          accessibilityNeeds: r.accessibility_needs,
          rankedPoints: Object.values(rankings.get(r.id) ?? {}).filter((l) => l.length).length,
          waiting: Object.values(assigned.get(r.id) ?? {}).some((l) => l.length === 0),
        })),
        choicePointCount: points.length,
        sheets: [...rooms, ...sessions.map((s) => ({ href: `/events/${event.id}/rooms/${s.id}`, label: s.title }))],
        optionTitles: Object.fromEntries(points.flatMap((p) => p.options.map((o) => [o.id, o.label ?? o.title]))),
        programme: {
          venues: event.record.venues.map((v) => ({ id: v.id, name: v.name })),
          sessions: event.record.sessions.map((s) => ({
            id: s.id,
            title: s.label ? `${s.label}: ${s.title}` : s.title,
            when: `${s.date} ${s.start}`,
          })),
        },
      };
    }

    app.get('/events/:id/manage', async (request, reply) => {
      const event = await loadManaged(request);
      const page = pageContext(request);
      return sendPage(
        reply,
        page,
        page.t('events.manage.title', { event: event.record.name }),
        managePage(page, await manageView(request, event, null)),
      );
    });

    app.post('/events/:id/manage/settings', async (request, reply) => {
      const event = await loadManaged(request);
      const body = formBody(request.body);
      const on = (name: string) => checked(body, name).includes('yes');
      await setEventSettings(db, request.user, event.id, {
        status: on('published') ? 'published' : 'draft',
        registrationOpen: on('registrationOpen'),
        choicesOpen: on('choicesOpen'),
        waitingList: on('waitingList'),
      });
      return seeOther(reply, `/events/${event.id}/manage?notice=settings`);
    });

    app.post('/events/:id/manage/assign', async (request, reply) => {
      const event = await loadManaged(request);
      try {
        await assignAndAnnounce(ctx, siteIdentity(ctx.config, request), request.user, event.id);
        return seeOther(reply, `/events/${event.id}/manage?notice=assigned`);
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'unprocessable') throw err;
        const page = pageContext(request);
        const view = await manageView(request, event, { message: err.message, issues: issuesOf(err) });
        return sendPage(
          reply,
          page,
          page.t('events.manage.title', { event: event.record.name }),
          managePage(page, view),
          { status: 422 },
        );
      }
    });

    app.get('/events/:id/rooms/:roomId', async (request, reply) => {
      const page = pageContext(request);
      requireSignedIn(request);
      const sheet = await roomSheet(db, request.user, idOf(request), (request.params as { roomId: string }).roomId);
      return sendPage(
        reply,
        page,
        page.t('events.sheet.title', { title: sheet.title }),
        roomSheetPage(page, {
          event: { id: sheet.event.id, name: sheet.event.record.name },
          title: sheet.title,
          place: sheet.place,
          lists: sheet.lists,
        }),
      );
    });

    await app.register(programmePages(ctx));

    app.get('/events/:id/badges', async (request, reply) => {
      const page = pageContext(request);
      requireSignedIn(request);
      const { event, badges } = await eventBadges(db, request.user, idOf(request));
      return sendPage(
        reply,
        page,
        page.t('events.badges.title', { event: event.record.name }),
        badgesPage(page, { event: { id: event.id, name: event.record.name }, badges }),
      );
    });
  };
}
