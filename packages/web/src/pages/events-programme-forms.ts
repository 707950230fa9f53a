import { EVENT_SESSION_KINDS } from '@convivio/shared';
import {
  errorSummary,
  selectField,
  textArea,
  textInput,
  validationMessages,
  type FormState,
} from '../components/form-fields.ts';
import { breadcrumb } from '../components/page-parts.ts';
import { themeChoices } from '../components/theme-links.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';

/** The event a programme form belongs to, and the version the form was loaded at. */
interface FormFrame {
  event: { id: string; name: string };
  version: number;
  form: FormState;
  /** A problem with the whole form (a stale version, a room still in use…). */
  formError: string | null;
}

/** The venue form: name, address and one row per room (existing rooms, then blank rows). */
export interface VenueFormView extends FormFrame {
  venueId: string | null;
  roomRows: number;
}

/** The session form, with the venues, rooms and choice groups to pick from. */
export interface SessionFormView extends FormFrame {
  sessionId: string | null;
  venues: { id: string; name: string }[];
  rooms: { id: string; label: string }[];
  choiceGroups: { id: string; title: string }[];
}

/** The confirmation step before a session is removed. */
export interface SessionRemoveView {
  event: { id: string; name: string };
  version: number;
  session: { id: string; title: string; when: string };
}

const SESSION_LABELS: Record<string, string> = {
  kind: 'kind',
  title: 'title',
  description: 'description',
  date: 'date',
  start: 'start',
  end: 'end',
  venueId: 'venue',
  roomId: 'room',
  choiceGroup: 'choiceGroup',
  newChoiceGroup: 'newChoiceGroup',
  capacity: 'capacity',
  rounds: 'rounds',
  themes: 'themes',
};

function frame(
  ctx: PageContext,
  v: FormFrame,
  title: string,
  action: string,
  fields: SafeHtml,
  labelFor: (n: string) => string,
): SafeHtml {
  const { t } = ctx;
  const manage = `/events/${v.event.id}/manage`;
  return html`${breadcrumb(
      t,
      [
        ['/events', t('events.title')],
        [`/events/${v.event.id}`, v.event.name],
        [manage, t('events.action.manage')],
      ],
      title,
    )}
    <h1>${title}</h1>
    ${errorSummary(t, v.form, labelFor, v.formError)}
    <form method="post" action="${action}" novalidate ${validationMessages(t)}>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" /><input
        type="hidden"
        name="version"
        value="${v.version}"
      />
      ${fields}
      <p><button type="submit">${t('events.form.save')}</button> <a href="${manage}">${t('events.form.cancel')}</a></p>
    </form>`;
}

/** Add or change a venue with its rooms and their capacities. */
export function venueFormPage(ctx: PageContext, v: VenueFormView): SafeHtml {
  const { t } = ctx;
  const f = v.form;
  const rows = Array.from(
    { length: v.roomRows },
    (_, i) =>
      html`<fieldset class="room-row">
        <legend>${t('events.form.roomN', { n: i + 1 })}</legend>
        <input type="hidden" name="rooms.${i}.id" value="${f.values[`rooms.${i}.id`] ?? ''}" />
        ${textInput(t, f, { name: `rooms.${i}.name`, label: t('events.form.roomName'), size: 'medium', maxlength: 300 })}
        ${textInput(t, f, { name: `rooms.${i}.capacity`, label: t('events.form.roomCapacity'), check: 'integer', size: 'short' })}
      </fieldset>`,
  );
  const labelFor = (n: string) => {
    const room = /^rooms\.(\d+)\.(name|capacity)$/.exec(n);
    if (room)
      return `${t('events.form.roomN', { n: Number(room[1]) + 1 })}, ${t(room[2] === 'name' ? 'events.form.roomName' : 'events.form.roomCapacity')}`;
    return t(n === 'address' ? 'events.form.address' : 'events.form.venueName');
  };
  return frame(
    ctx,
    v,
    v.venueId ? t('events.form.editVenue') : t('events.form.addVenue'),
    `/events/${v.event.id}/manage/venues/${v.venueId ?? 'new'}`,
    html` ${textInput(t, f, { name: 'name', label: t('events.form.venueName'), required: true, maxlength: 300, size: 'medium' })}
      ${textArea(t, f, { name: 'address', label: t('events.form.address'), rows: 2 })}
      <h2>${t('events.rooms')}</h2>
      <p class="hint">${t('events.form.roomsHint')}</p>
      ${rows}`,
    labelFor,
  );
}

/** Add or change a session: kind, title, description, time, place, choice group, capacity, rounds and themes. */
export function sessionFormPage(ctx: PageContext, v: SessionFormView): SafeHtml {
  const { t } = ctx;
  const f = v.form;
  const none = { value: '', label: t('events.form.none') };
  return frame(
    ctx,
    v,
    v.sessionId ? t('events.form.editSession') : t('events.form.addSession'),
    `/events/${v.event.id}/manage/sessions/${v.sessionId ?? 'new'}`,
    html` ${selectField(t, f, { name: 'kind', label: t('events.form.kind'), required: true, options: EVENT_SESSION_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) })) })}
    ${textInput(t, f, { name: 'title', label: t('events.form.title'), required: true, maxlength: 300, size: 'long' })}
    ${textArea(t, f, { name: 'description', label: t('events.form.description'), rows: 4 })}
    ${textInput(t, f, { name: 'date', label: t('events.form.date'), hint: t('events.form.dateHint'), required: true, size: 'short' })}
    ${textInput(t, f, { name: 'start', label: t('events.form.start'), hint: t('events.form.timeHint'), required: true, size: 'short' })}
    ${textInput(t, f, { name: 'end', label: t('events.form.end'), hint: t('events.form.timeHint'), size: 'short' })}
    ${selectField(t, f, { name: 'venueId', label: t('events.form.venue'), options: [none, ...v.venues.map((x) => ({ value: x.id, label: x.name }))] })}
    ${selectField(t, f, { name: 'roomId', label: t('events.form.room'), options: [none, ...v.rooms.map((x) => ({ value: x.id, label: x.label }))] })}
    ${selectField(t, f, { name: 'choiceGroup', label: t('events.form.choiceGroup'), hint: t('events.form.choiceGroupHint'), options: [none, ...v.choiceGroups.map((x) => ({ value: x.id, label: x.title }))] })}
    ${textInput(t, f, { name: 'newChoiceGroup', label: t('events.form.newChoiceGroup'), hint: t('events.form.newChoiceGroupHint'), maxlength: 300, size: 'medium' })}
    ${textInput(t, f, { name: 'capacity', label: t('events.form.capacity'), hint: t('events.form.capacityHint'), check: 'integer', size: 'short' })}
    ${textInput(t, f, { name: 'rounds', label: t('events.form.rounds'), hint: t('events.form.roundsHint'), check: 'integer', size: 'short' })}
    ${themeChoices(t, f)}`,
    (n) => t(`events.form.${SESSION_LABELS[n] ?? n}`),
  );
}

/** Asks before a session is removed; the button posts with the CSRF token. */
export function sessionRemovePage(ctx: PageContext, v: SessionRemoveView): SafeHtml {
  const { t } = ctx;
  const manage = `/events/${v.event.id}/manage`;
  return html`${breadcrumb(
      t,
      [
        ['/events', t('events.title')],
        [`/events/${v.event.id}`, v.event.name],
        [manage, t('events.action.manage')],
      ],
      t('events.form.removeSession'),
    )}
    <h1>${t('events.form.removeSession')}</h1>
    <p>${t('events.form.removeConfirm', { title: v.session.title, when: v.session.when })}</p>
    <form method="post" action="/events/${v.event.id}/manage/sessions/${v.session.id}/remove">
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" /><input
        type="hidden"
        name="version"
        value="${v.version}"
      />
      <p>
        <button type="submit">${t('events.form.removeYes')}</button> <a href="${manage}">${t('events.form.cancel')}</a>
      </p>
    </form>`;
}

/** What the dashboard's programme section lists. */
export interface ProgrammeLinksView {
  venues: { id: string; name: string }[];
  sessions: { id: string; title: string; when: string }[];
}

/** The dashboard's "Programme" section: add and change venues and sessions, remove sessions. */
export function programmeLinks(ctx: PageContext, eventId: string, v: ProgrammeLinksView): SafeHtml {
  const { t } = ctx;
  const base = `/events/${eventId}/manage`;
  return html`<section aria-labelledby="programme-edit-h">
    <h2 id="programme-edit-h">${t('events.programme')}</h2>
    <p>
      <a href="${base}/venues/new">${t('events.form.addVenue')}</a> ·
      <a href="${base}/sessions/new">${t('events.form.addSession')}</a>
    </p>
    ${
      v.venues.length
        ? html`<h3>${t('events.venues')}</h3>
            <ul>
              ${v.venues.map((x) => html`<li><a href="${base}/venues/${x.id}">${t('events.form.editNamed', { name: x.name })}</a></li>`)}
            </ul>`
        : ''
    }
    ${
      v.sessions.length
        ? html`<h3>${t('events.form.sessions')}</h3>
            <ul>
              ${v.sessions.map(
                (s) =>
                  html`<li>
                    ${s.when} ·
                    <a href="${base}/sessions/${s.id}">${t('events.form.editNamed', { name: s.title })}</a> ·
                    <a href="${base}/sessions/${s.id}/remove">${t('events.form.removeNamed', { name: s.title })}</a>
                  </li>`,
              )}
            </ul>`
        : ''
    }
  </section>`;
}
