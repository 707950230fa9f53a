import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { checkInPage, type CheckInView } from '@convivio/web';
import type { AppContext } from '../context.ts';
import { AppError, ERROR_STATUS } from '../errors.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formBody, text } from '../web/form-body.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { attendanceOf, checkIn, loadCheckInEvent, searchForCheckIn } from './checkin-service.ts';
import { checkedInAt } from './checkin-queries.ts';
import { findParticipant } from './participant-queries.ts';

const SCRIPTS = ['/static/checkin.js'];
const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;
const clock = (d: Date, timeZone: string) =>
  d.toLocaleTimeString('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' });

/** The organisers' check-in desk (GET shows it; POST checks one person in, then shows it again). */
export function checkInPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const db = ctx.db;

    async function show(
      request: FastifyRequest,
      reply: FastifyReply,
      o: { sessionId: string | null; query: string; code: string; result: CheckInView['result']; status?: number },
    ) {
      const user = requireSignedIn(request);
      const page = pageContext(request);
      const event = await loadCheckInEvent(db, user, idOf(request));
      const counts = await attendanceOf(db, event);
      const found = o.query ? await searchForCheckIn(db, user, event.id, o.query, o.sessionId) : null;
      return sendPage(
        reply,
        page,
        page.t('events.checkin.title', { event: event.record.name }),
        checkInPage(page, {
          event: { id: event.id, name: event.record.name },
          sessionId: o.sessionId,
          sessions: counts.sessions.map((s) => ({ ...s, id: s.sessionId })),
          registered: counts.registered,
          checkedIn: counts.checkedIn,
          result: o.result,
          code: o.code,
          query: o.query,
          found:
            found?.map((p) => ({
              ...p,
              checkedInAt: p.checkedInAt ? clock(p.checkedInAt, event.record.timezone) : null,
            })) ?? null,
        }),
        { status: o.status, scripts: SCRIPTS },
      );
    }

    /** What the check-in named by `done` did, for the page after the redirect. */
    async function resultOf(request: FastifyRequest, sessionId: string | null): Promise<CheckInView['result']> {
      const done = queryText(request, 'done');
      if (!done) return null;
      const event = await loadCheckInEvent(db, request.user, idOf(request));
      const { t } = pageContext(request);
      const person = await findParticipant(db, idOf(request), done);
      const at = (await checkedInAt(db, idOf(request), sessionId ?? '')).get(done);
      if (!person || !at) return null;
      return queryText(request, 'again')
        ? {
            kind: 'again',
            text: t('events.checkin.again', { name: person.name, time: clock(at, event.record.timezone) }),
          }
        : {
            kind: 'done',
            text: t('events.checkin.done', { name: person.name, role: t(`events.participantRole.${person.role}`) }),
          };
    }

    app.get('/events/:id/check-in', async (request, reply) => {
      const sessionId = queryText(request, 'session') || null;
      return show(request, reply, {
        sessionId,
        query: queryText(request, 'q'),
        code: '',
        result: await resultOf(request, sessionId),
      });
    });

    app.post('/events/:id/check-in', async (request, reply) => {
      requireSignedIn(request);
      const body = formBody(request.body);
      const sessionId = text(body, 'session') || null;
      const query = text(body, 'q');
      const code = text(body, 'code');
      const participantId = text(body, 'participantId');
      try {
        const r = await checkIn(db, request.user, idOf(request), {
          ...(participantId ? { participantId } : { code }),
          sessionId,
        });
        const params = new URLSearchParams({ done: r.participant.id });
        if (sessionId) params.set('session', sessionId);
        if (query) params.set('q', query);
        if (r.alreadyCheckedIn) params.set('again', '1');
        return seeOther(reply, `/events/${idOf(request)}/check-in?${params}`);
      } catch (err) {
        if (!(err instanceof AppError) || !['not_found', 'validation_failed'].includes(err.code) || !err.field)
          throw err;
        return show(request, reply, {
          sessionId: err.field === 'sessionId' ? null : sessionId,
          query,
          code,
          result: { kind: 'error', text: err.message },
          status: ERROR_STATUS[err.code],
        });
      }
    });
  };
}
