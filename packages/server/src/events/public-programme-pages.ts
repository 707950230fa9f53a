import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { programmePage, sessionPage, type SavedSessionsView, type SessionPageView } from '@convivio/web';
import type { AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formBody, lines, text } from '../web/form-body.ts';
import { isFormError, issuesOf } from '../web/form-errors.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { findParticipantOfUser } from './participant-queries.ts';
import { assertCanRecordKeyMessages, canManageEvent, getVisibleEvent } from './access.ts';
import { setSessionKeyMessages } from './programme-edits.ts';
import { rapporteurSessionIds, type EventRow } from './queries.ts';
import { savedSessionIds } from './saved-session-queries.ts';
import { setSessionSaved } from './saved-sessions.ts';
import { zKeyMessagesWrite } from './schema.ts';
import { changeEvent } from './service.ts';

type Params = { id: string; sessionId?: string };
const SCRIPTS = ['/static/programme.js'];
const NOTICES: Record<string, string> = { keyMessages: 'events.keyMessages.saved' };

/** A page path of this event to return to after a form (anything else returns to the programme). */
function backTo(eventId: string, back: string): string {
  const base = `/events/${eventId}`;
  return back === base || back.startsWith(`${base}?`) || back.startsWith(`${base}/sessions/`) || back === `${base}/me`
    ? back
    : base;
}

/** The public programme (timetable and filters), the session pages with the key-messages form, and "add to my agenda". */
export function publicProgrammePages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const db = ctx.db;

    /** The viewer's saved sessions, when they are a registered participant. */
    async function savedView(request: FastifyRequest, event: EventRow): Promise<SavedSessionsView | null> {
      const user = request.user;
      const row = user ? await findParticipantOfUser(db, event.id, user.id) : null;
      if (!row) return null;
      return { eventId: event.id, participantId: row.id, saved: await savedSessionIds(db, row.id), back: request.url };
    }

    async function renderSession(
      request: FastifyRequest,
      event: EventRow,
      sessionId: string,
      over: Partial<SessionPageView> = {},
    ) {
      const session = event.record.sessions.find((s) => s.id === sessionId);
      if (!session) throw notFound('Session', sessionId);
      const user = request.user;
      const manager = await canManageEvent(db, user, event.id);
      const own = user ? await rapporteurSessionIds(db, event.id, user.id) : [];
      const page = pageContext(request);
      const n = NOTICES[queryText(request, 'notice')];
      return sessionPage(page, {
        record: event.record,
        session,
        saved: await savedView(request, event),
        // Organisers may record the key messages of every workshop; rapporteurs those of their own sessions.
        canRecordKeyMessages: own.includes(session.id) || (manager && session.kind === 'workshop'),
        notice: n ? page.t(n) : null,
        ...over,
      });
    }

    app.get('/events/:id', async (request, reply) => {
      const user = request.user;
      const event = await getVisibleEvent(db, user, (request.params as Params).id);
      const page = pageContext(request);
      const body = programmePage(page, {
        record: event.record,
        status: event.status,
        cityName: event.city_name,
        filters: {
          day: queryText(request, 'day'),
          kind: queryText(request, 'kind'),
          room: queryText(request, 'room'),
          q: queryText(request, 'q').slice(0, 200),
        },
        viewer: {
          signedIn: Boolean(user),
          registered: user ? Boolean(await findParticipantOfUser(db, event.id, user.id)) : false,
          canManage: await canManageEvent(db, user, event.id),
          registrationOpen: event.registration_open,
        },
        saved: await savedView(request, event),
      });
      return sendPage(reply, page, event.record.name, body, { scripts: SCRIPTS });
    });

    app.get('/events/:id/sessions/:sessionId', async (request, reply) => {
      const { id, sessionId = '' } = request.params as Params;
      const event = await getVisibleEvent(db, request.user, id);
      const body = await renderSession(request, event, sessionId);
      const session = event.record.sessions.find((s) => s.id === sessionId)!;
      return sendPage(reply, pageContext(request), `${session.title} · ${event.record.name}`, body, {
        scripts: SCRIPTS,
      });
    });

    app.post('/events/:id/sessions/:sessionId/saved', async (request, reply) => {
      const user = requireSignedIn(request);
      const { id, sessionId = '' } = request.params as Params;
      const event = await getVisibleEvent(db, user, id);
      const body = formBody(request.body);
      const row = await findParticipantOfUser(db, event.id, user.id);
      if (!row) return seeOther(reply, `/events/${event.id}/register`);
      await setSessionSaved(db, user, event.id, row.id, sessionId, text(body, 'saved') !== 'no');
      const back = backTo(event.id, text(body, 'back'));
      return seeOther(reply, back.includes('/sessions/') || back.endsWith('/me') ? back : `${back}#${sessionId}`);
    });

    app.post('/events/:id/programme/:sessionId/key-messages', async (request, reply) => {
      const user = requireSignedIn(request);
      const { id, sessionId = '' } = request.params as Params;
      const event = await getVisibleEvent(db, user, id);
      const body = formBody(request.body);
      try {
        const parsed = zKeyMessagesWrite.safeParse({ keyMessages: lines(body, 'keyMessages') });
        if (!parsed.success)
          throw new AppError('validation_failed', parsed.error.issues.map((i) => i.message).join(' '), 'keyMessages');
        await changeEvent(
          db,
          user,
          event.id,
          'record key messages',
          (rec) => setSessionKeyMessages(rec, sessionId, parsed.data.keyMessages),
          { authorise: (tx) => assertCanRecordKeyMessages(tx, user, event.id, sessionId) },
        );
        return seeOther(reply, `/events/${event.id}/sessions/${sessionId}?notice=keyMessages`);
      } catch (err) {
        if (!isFormError(err)) throw err;
        // Whoever may not record them gets the error page, not the form.
        await assertCanRecordKeyMessages(db, user, event.id, sessionId);
        const message = issuesOf(err)
          .map((i) => i.message)
          .join(' ');
        const page = await renderSession(request, event, sessionId, {
          keyMessagesError: { sessionId, message, value: text(body, 'keyMessages') },
        });
        return sendPage(reply, pageContext(request), event.record.name, page, { status: 400 });
      }
    });
  };
}
