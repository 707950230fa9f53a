import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { programmePage, type ProgrammeView } from '@convivio/web';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formBody, lines, text } from '../web/form-body.ts';
import { isFormError, issuesOf } from '../web/form-errors.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { findParticipantOfUser } from './participant-queries.ts';
import { assertCanRecordKeyMessages, canManageEvent, getVisibleEvent } from './access.ts';
import { setSessionKeyMessages } from './programme-edits.ts';
import { rapporteurSessionIds, type EventRow } from './queries.ts';
import { zKeyMessagesWrite } from './schema.ts';
import { changeEvent } from './service.ts';

type Params = { id: string; sessionId?: string };

/** The public programme page, with the key-messages form for the session's rapporteurs and the organisers. */
export function publicProgrammePages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const db = ctx.db;

    async function render(request: FastifyRequest, event: EventRow, over: Partial<ProgrammeView> = {}) {
      const user = request.user;
      const canManage = await canManageEvent(db, user, event.id);
      const registered = user ? Boolean(await findParticipantOfUser(db, event.id, user.id)) : false;
      // Organisers may record the key messages of every workshop; rapporteurs those of their own sessions.
      const own = user ? await rapporteurSessionIds(db, event.id, user.id) : [];
      const keyMessageSessions = event.record.sessions
        .filter((s) => own.includes(s.id) || (canManage && s.kind === 'workshop'))
        .map((s) => s.id);
      const page = pageContext(request);
      return programmePage(page, {
        record: event.record,
        status: event.status,
        cityName: event.city_name,
        filters: { day: queryText(request, 'day'), kind: queryText(request, 'kind') },
        viewer: { signedIn: Boolean(user), registered, canManage, registrationOpen: event.registration_open },
        keyMessageSessions,
        notice: queryText(request, 'notice') === 'keyMessages' ? page.t('events.keyMessages.saved') : null,
        ...over,
      });
    }

    app.get('/events/:id', async (request, reply) => {
      const event = await getVisibleEvent(db, request.user, (request.params as Params).id);
      return sendPage(reply, pageContext(request), event.record.name, await render(request, event));
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
        return seeOther(reply, `/events/${event.id}?notice=keyMessages#${sessionId}`);
      } catch (err) {
        if (!isFormError(err)) throw err;
        // Whoever may not record them gets the error page, not the form.
        await assertCanRecordKeyMessages(db, user, event.id, sessionId);
        const message = issuesOf(err)
          .map((i) => i.message)
          .join(' ');
        const page = await render(request, event, {
          keyMessagesError: { sessionId, message, value: text(body, 'keyMessages') },
        });
        return sendPage(reply, pageContext(request), event.record.name, page, { status: 400 });
      }
    });
  };
}
