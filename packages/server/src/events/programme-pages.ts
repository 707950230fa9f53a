import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { chooseThemes, type EventRecord } from '@convivio/shared';
import {
  sessionFormPage,
  sessionRemovePage,
  venueFormPage,
  type FormState,
  type PageContext,
  type SafeHtml,
} from '@convivio/web';
import type { AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { checked, formBody, NumberReader, text, type FormBody } from '../web/form-body.ts';
import { conflictVersion, formFailure, isFormError, issuesOf } from '../web/form-errors.ts';
import { requireSignedIn, seeOther } from '../web/page-helpers.ts';
import * as edit from './programme-edits.ts';
import {
  BLANK_ROOM_ROWS,
  postedValues,
  programmeFailure,
  roomRowCount,
  SESSION_FIELDS,
  sessionFromForm,
  sessionValues,
  venueFromForm,
  venueValues,
} from './programme-page-forms.ts';
import { assertCanManageEvent } from './access.ts';
import { findEvent, type EventRow } from './queries.ts';
import { changeEvent } from './service.ts';
import { topField } from '../records/field-path.ts';

type Params = { id: string; venueId?: string; sessionId?: string };
const paramsOf = (request: FastifyRequest) => request.params as Params;
const isNew = (id: string | undefined) => !id || id === 'new';

/** The organisers' programme forms: venues with rooms, sessions, removing a session (authorised by the programme services). */
export function programmePages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const db = ctx.db;

    async function loadManaged(request: FastifyRequest): Promise<EventRow> {
      const user = requireSignedIn(request);
      const event = await findEvent(db, paramsOf(request).id);
      if (!event) throw notFound('Event', paramsOf(request).id);
      await assertCanManageEvent(db, user, event.id, 'organise this event');
      return event;
    }

    /** Saves through changeEvent, or shows the form again: 400 for bad input, 409 for a stale version. */
    async function save(
      request: FastifyRequest,
      reply: FastifyReply,
      event: EventRow,
      action: string,
      change: (rec: EventRecord) => EventRecord,
      failed: (state: FormState, formError: string | null, version: number, err: AppError | null) => SafeHtml,
      done: string,
      numberIssues: AppError['issues'],
    ) {
      const body = formBody(request.body);
      const page = pageContext(request);
      const version = Number(text(body, 'version')) || null;
      const show = (status: number, state: FormState, formError: string | null, v: number, err: AppError | null) =>
        sendPage(reply, page, event.record.name, failed(state, formError, v, err), {
          status,
          scripts: ['/static/form.js'],
        });
      if (numberIssues.length)
        return show(
          400,
          { values: postedValues(body), errors: formFailure(numberIssues, (f) => f).errors },
          null,
          version ?? event.version,
          null,
        );
      try {
        await changeEvent(db, request.user, event.id, action, change, { expectedVersion: version });
        return seeOther(reply, done);
      } catch (err) {
        if (!isFormError(err)) throw err;
        const now = conflictVersion(err);
        if (now !== null)
          return show(409, { values: postedValues(body), errors: {} }, page.t('events.form.conflict'), now, null);
        return show(
          err.code === 'conflict' ? 409 : 400,
          { values: postedValues(body), errors: {} },
          null,
          version ?? event.version,
          err,
        );
      }
    }

    const frame = (event: EventRow, state: FormState, formError: string | null, version: number) => ({
      event: { id: event.id, name: event.record.name },
      form: state,
      formError,
      version,
    });

    function venuePage(
      page: PageContext,
      event: EventRow,
      venueId: string | null,
      state: FormState,
      formError: string | null,
      version: number,
      rows: number,
    ) {
      return venueFormPage(page, { ...frame(event, state, formError, version), venueId, roomRows: rows });
    }

    app.get('/events/:id/manage/venues/:venueId', async (request, reply) => {
      const event = await loadManaged(request);
      const venueId = isNew(paramsOf(request).venueId) ? null : paramsOf(request).venueId!;
      const venue = venueId ? (event.record.venues.find((v) => v.id === venueId) ?? null) : null;
      if (venueId && !venue) throw notFound('Venue', venueId);
      const page = pageContext(request);
      const body = venuePage(
        page,
        event,
        venueId,
        { values: venueValues(venue), errors: {} },
        null,
        event.version,
        (venue?.rooms.length ?? 0) + BLANK_ROOM_ROWS,
      );
      return sendPage(reply, page, event.record.name, body, { scripts: ['/static/form.js'] });
    });

    app.post('/events/:id/manage/venues/:venueId', async (request, reply) => {
      const event = await loadManaged(request);
      const existing = isNew(paramsOf(request).venueId) ? null : paramsOf(request).venueId!;
      const body = formBody(request.body);
      const numbers = new NumberReader(pageContext(request).t);
      const input = venueFromForm(body, numbers);
      let venueIndex = -1;
      let finalRows: number[] = [];
      const change = (rec: EventRecord) => {
        const venueId = existing ?? edit.newNestedId(rec, 'venue', input.name);
        if (existing) edit.updateVenue(rec, venueId, { name: input.name, address: input.address });
        else edit.addVenue(rec, { id: venueId, name: input.name, address: input.address });
        for (const room of input.rooms) {
          if (room.id && !room.name) edit.deleteRoom(rec, room.id);
          else if (room.id) edit.updateRoom(rec, room.id, { name: room.name, capacity: room.capacity });
          else if (room.name) edit.addRoom(rec, venueId, { name: room.name, capacity: room.capacity });
        }
        venueIndex = rec.venues.findIndex((v) => v.id === venueId);
        const rowOf = new Map(input.rooms.map((r) => [r.id, r.row]));
        const added = input.rooms.filter((r) => !r.id && r.name).map((r) => r.row);
        finalRows = (rec.venues[venueIndex]?.rooms ?? []).map((r) => rowOf.get(r.id) ?? added.shift() ?? 0);
        return rec;
      };
      const rows = roomRowCount(body);
      return save(
        request,
        reply,
        event,
        existing ? 'change venue' : 'add venue',
        change,
        (state, formError, version, err) => {
          const failure = err
            ? programmeFailure(
                issuesOf(err),
                venueIndex >= 0 ? `venues.${venueIndex}` : null,
                (f) => {
                  const room = /^rooms\.(\d+)\.(name|capacity|id)$/.exec(f);
                  if (room)
                    return `rooms.${finalRows[Number(room[1])] ?? 0}.${room[2] === 'capacity' ? 'capacity' : 'name'}`;
                  return f === 'name' || f === 'id' ? 'name' : f === 'address' ? 'address' : null;
                },
                ['name', 'address'],
              )
            : null;
          return venuePage(
            pageContext(request),
            event,
            existing,
            { values: state.values, errors: failure?.errors ?? state.errors },
            failure?.general ?? formError,
            version,
            rows,
          );
        },
        `/events/${event.id}/manage?notice=venue`,
        numbers.issues,
      );
    });

    function sessionPage(
      page: PageContext,
      event: EventRow,
      sessionId: string | null,
      state: FormState,
      formError: string | null,
      version: number,
    ) {
      const rec = event.record;
      return sessionFormPage(page, {
        ...frame(event, state, formError, version),
        sessionId,
        venues: rec.venues.map((v) => ({ id: v.id, name: v.name })),
        rooms: rec.venues.flatMap((v) => v.rooms.map((r) => ({ id: r.id, label: `${v.name} – ${r.name}` }))),
        choiceGroups: rec.choiceGroups.map((g) => ({ id: g.id, title: g.title })),
      });
    }

    app.get('/events/:id/manage/sessions/:sessionId', async (request, reply) => {
      const event = await loadManaged(request);
      const sessionId = isNew(paramsOf(request).sessionId) ? null : paramsOf(request).sessionId!;
      const session = sessionId ? (event.record.sessions.find((s) => s.id === sessionId) ?? null) : null;
      if (sessionId && !session) throw notFound('Session', sessionId);
      const page = pageContext(request);
      const body = sessionPage(
        page,
        event,
        sessionId,
        { values: sessionValues(event.record, session), errors: {} },
        null,
        event.version,
      );
      return sendPage(reply, page, event.record.name, body, { scripts: ['/static/form.js'] });
    });

    app.post('/events/:id/manage/sessions/:sessionId', async (request, reply) => {
      const event = await loadManaged(request);
      const existing = isNew(paramsOf(request).sessionId) ? null : paramsOf(request).sessionId!;
      const body: FormBody = formBody(request.body);
      const numbers = new NumberReader(pageContext(request).t);
      const input = sessionFromForm(body, numbers);
      const themes = checked(body, 'themes');
      const newGroup = text(body, 'newChoiceGroup').trim();
      let at = -1;
      let groupAt = -1;
      const change = (rec: EventRecord) => {
        if (newGroup) {
          const groupId = edit.newNestedId(rec, 'choice', newGroup);
          edit.addChoiceGroup(rec, { id: groupId, title: newGroup });
          groupAt = rec.choiceGroups.length - 1;
          input.choiceGroup = groupId;
        }
        const before = new Set(rec.sessions.map((s) => s.id));
        input.themes = chooseThemes(rec.sessions.find((s) => s.id === existing)?.themes ?? [], themes);
        if (existing) edit.updateSession(rec, existing, input);
        else edit.addSession(rec, input);
        at = rec.sessions.findIndex((s) => (existing ? s.id === existing : !before.has(s.id)));
        return rec;
      };
      return save(
        request,
        reply,
        event,
        existing ? 'change session' : 'add session',
        change,
        (state, formError, version, err) => {
          const failure = err
            ? programmeFailure(
                issuesOf(err),
                at >= 0 ? `sessions.${at}` : null,
                (f) => {
                  if (f.startsWith(`choiceGroups.${groupAt}`)) return 'newChoiceGroup';
                  const head = topField(f);
                  return head === 'id'
                    ? 'title'
                    : SESSION_FIELDS.includes(head) && !f.startsWith('choiceGroups.')
                      ? head
                      : null;
                },
                SESSION_FIELDS,
              )
            : null;
          return sessionPage(
            pageContext(request),
            event,
            existing,
            { values: state.values, errors: failure?.errors ?? state.errors },
            failure?.general ?? formError,
            version,
          );
        },
        `/events/${event.id}/manage?notice=session`,
        numbers.issues,
      );
    });

    app.get('/events/:id/manage/sessions/:sessionId/remove', async (request, reply) => {
      const event = await loadManaged(request);
      const session = event.record.sessions.find((s) => s.id === paramsOf(request).sessionId);
      if (!session) throw notFound('Session', paramsOf(request).sessionId ?? '');
      const page = pageContext(request);
      return sendPage(
        reply,
        page,
        page.t('events.form.removeSession'),
        sessionRemovePage(page, {
          event: { id: event.id, name: event.record.name },
          version: event.version,
          session: { id: session.id, title: session.title, when: `${session.date} ${session.start}` },
        }),
      );
    });

    app.post('/events/:id/manage/sessions/:sessionId/remove', async (request, reply) => {
      const event = await loadManaged(request);
      const sessionId = paramsOf(request).sessionId ?? '';
      await changeEvent(db, request.user, event.id, 'remove session', (rec) => edit.deleteSession(rec, sessionId));
      return seeOther(reply, `/events/${event.id}/manage?notice=removed`);
    });
  };
}
