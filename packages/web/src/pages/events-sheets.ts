import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { PRINT_STYLE } from './events-format.ts';
import { qrSvg, type QrView } from './events-qr.ts';

/** A participant on a room sheet or badge. */
export interface SheetPersonView {
  registrationNo: number;
  name: string;
  organisation: string | null;
  cityName: string | null;
  languages: string[];
  accessibilityNeeds: string | null;
}

export interface RoomSheetView {
  event: { id: string; name: string };
  title: string;
  place: string | null;
  lists: { heading: string; time: string; capacity: number | null; people: SheetPersonView[] }[];
}

const crumbs = (ctx: PageContext, event: { id: string; name: string }, current: string) =>
  html`<nav class="breadcrumb" aria-label="${ctx.t('events.breadcrumb')}">
    <ol>
      <li><a href="/events/${event.id}">${event.name}</a></li>
      <li><a href="/events/${event.id}/manage">${ctx.t('events.action.manage')}</a></li>
      <li aria-current="page">${current}</li>
    </ol>
  </nav>`;

/** Who is in a room (or session): one list per session, or per presentation and round; printable. */
export function roomSheetPage(ctx: PageContext, v: RoomSheetView): SafeHtml {
  const { t } = ctx;
  return html`${PRINT_STYLE}${crumbs(ctx, v.event, v.title)}
    <h1>${t('events.sheet.title', { title: v.title })}</h1>
    <p class="meta">${v.event.name}${v.place ? html` · ${v.place}` : ''}</p>
    <p class="no-print hint">
      ${t('events.sheet.print')}
      <button type="button" class="secondary" data-print hidden>${t('events.sheet.printButton')}</button>
    </p>
    ${v.lists.map(
      (l, i) =>
        html`<section class="sheet-list" aria-labelledby="sheet-${i}">
          <h2 id="sheet-${i}">${l.heading}</h2>
          <p class="meta">
            ${l.time} ·
            ${l.capacity !== null ? t('events.sheet.capacity', { count: l.people.length, capacity: l.capacity }) : t('events.sheet.people', { count: l.people.length })}
          </p>
          ${
            l.people.length
              ? html`<table>
                  <caption class="visually-hidden">
                    ${l.heading}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${t('events.manage.no')}</th>
                      <th scope="col">${t('events.manage.name')}</th>
                      <th scope="col">${t('events.manage.organisation')}</th>
                      <th scope="col">${t('events.manage.city')}</th>
                      <th scope="col">${t('events.manage.languages')}</th>
                      <th scope="col">${t('events.manage.accessibility')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${l.people.map(
                      (p) =>
                        html`<tr>
                          <td>${p.registrationNo}</td>
                          <th scope="row">${p.name}</th>
                          <td>${p.organisation ?? ''}</td>
                          <td>${p.cityName ?? ''}</td>
                          <td>${p.languages.join(', ')}</td>
                          <td>${p.accessibilityNeeds ?? ''}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>`
              : html`<p>${t('events.sheet.empty')}</p>`
          }
        </section>`,
    )}`;
}

export interface BadgesView {
  event: { id: string; name: string };
  badges: (SheetPersonView & {
    role: string;
    placements: string[];
    sessions: { date: string; start: string; end: string | null; title: string; place: string | null }[];
    checkinCode: string;
    qr: QrView;
  })[];
}

/** Printable name badges (A6, 10.5 × 14.8 cm): name, role, the person's sessions, and a QR code for check-in. */
export function badgesPage(ctx: PageContext, v: BadgesView): SafeHtml {
  const { t } = ctx;
  return html`${PRINT_STYLE}${crumbs(ctx, v.event, t('events.manage.badges'))}
    <h1>${t('events.badges.title', { event: v.event.name })}</h1>
    <p class="no-print hint">
      ${t('events.badges.hint')} ${t('events.sheet.print')}
      <button type="button" class="secondary" data-print hidden>${t('events.sheet.printButton')}</button>
    </p>
    ${
      v.badges.length
        ? html`<ul class="badges">
            ${v.badges.map(
              (b) =>
                html`<li class="badge-card">
                  <p class="badge-event">${v.event.name}</p>
                  <p class="badge-name">${b.name}</p>
                  <p class="badge-org">${[b.organisation, b.cityName].filter(Boolean).join(' · ')}</p>
                  <p class="badge-role">${t(`events.participantRole.${b.role}`)}</p>
                  ${
                    b.sessions.length
                      ? html`<ul class="badge-sessions">
                          ${b.sessions.map(
                            (s) =>
                              html`<li>
                                <span class="badge-time">${s.date.slice(5)} ${s.start}${s.end ? `–${s.end}` : ''}</span>
                                ${s.title}${s.place ? html` · <span class="badge-room">${s.place}</span>` : ''}
                              </li>`,
                          )}
                        </ul>`
                      : b.placements.length
                        ? html`<p class="badge-places">${b.placements.join(' · ')}</p>`
                        : ''
                  }
                  <div class="badge-code" data-checkin-code="${b.checkinCode}">
                    ${qrSvg(b.qr, t('events.badges.qr', { name: b.name }))}
                    <span class="badge-code-text">${b.checkinCode}</span>
                  </div>
                </li>`,
            )}
          </ul>`
        : html`<p>${t('events.badges.none')}</p>`
    }`;
}
