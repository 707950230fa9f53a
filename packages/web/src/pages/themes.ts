// The practice themes: the list with counts, and one theme's practices, cities and challenges.
import '../messages/en/follows.ts';
import '../messages/en/events.ts';
import '../messages/en/theme-links.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { themeSearchHref } from '../components/record-text.ts';
import { formatDate } from '../components/labels.ts';
import { sessionTitle } from './events-format.ts';
import { followButton } from './follows.ts';

/** /themes: every theme with how many published practices and challenges it has. */
export function themesPage(
  ctx: PageContext,
  themes: { slug: string; practices: number; challenges: number }[],
): SafeHtml {
  const { t } = ctx;
  return html`<h1>${t('themes.title')}</h1>
    <p class="lead">${t('themes.lead')}</p>
    <div class="table-wrap" role="region" aria-labelledby="themes-caption" tabindex="0">
      <table>
        <caption id="themes-caption">
          ${t('themes.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('themes.theme')}</th>
            <th scope="col">${t('themes.practices')}</th>
            <th scope="col">${t('themes.challenges')}</th>
          </tr>
        </thead>
        <tbody>
          ${themes.map(
            (th) =>
              html`<tr>
                <th scope="row"><a href="/themes/${th.slug}">${t(`theme.${th.slug}`)}</a></th>
                <td>${th.practices}</td>
                <td>${th.challenges}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

export interface ThemePageView {
  slug: string;
  practices: { id: string; name: string; cityId: string | null; cityName: string | null }[];
  cities: { id: string; name: string; practices: number }[];
  challenges: { id: string; name: string }[];
  events: {
    id: string;
    name: string;
    sessions: { id: string; title: string; label: string | null; kind: string; date: string }[];
  }[];
  labs: { id: string; name: string; cityName: string }[];
  /** Whether the signed-in person follows the theme (null when not signed in: no button). */
  followed: boolean | null;
}

/** /themes/{slug}: the theme's practices, the cities active in it, its challenges, events and labs, and the Follow button. */
export function themePage(ctx: PageContext, v: ThemePageView): SafeHtml {
  const { t } = ctx;
  const name = t(`theme.${v.slug}`);
  return html`<p><a href="/themes">${t('themes.title')}</a></p>
    <h1>${name}</h1>
    ${v.followed === null ? '' : followButton(ctx, { kind: 'theme', target: v.slug, name, following: v.followed })}
    <section aria-labelledby="theme-practices-h">
      <h2 id="theme-practices-h">${t('themes.practicesOf', { count: v.practices.length })}</h2>
      ${
        v.practices.length
          ? html`<ul>
                ${v.practices.map((p) => html`<li><a href="/practices/${p.id}">${p.name}</a>${p.cityName ? html` (${p.cityName})` : ''}</li>`)}
              </ul>
              <p><a href="${themeSearchHref(v.slug)}">${t('themes.search')}</a></p>`
          : html`<p>${t('themes.noPractices')}</p>`
      }
    </section>
    <section aria-labelledby="theme-cities-h">
      <h2 id="theme-cities-h">${t('themes.cities')}</h2>
      ${
        v.cities.length
          ? html`<ul>
              ${v.cities.map((c) => html`<li><a href="/cities/${c.id}">${c.name}</a>: ${t('themes.cityPractices', { count: c.practices })}</li>`)}
            </ul>`
          : html`<p>${t('themes.noCities')}</p>`
      }
    </section>
    <section aria-labelledby="theme-challenges-h">
      <h2 id="theme-challenges-h">${t('themes.challenges')}</h2>
      ${
        v.challenges.length
          ? html`<ul>
              ${v.challenges.map((c) => html`<li><a href="/challenges#challenge-${c.id}">${c.name}</a></li>`)}
            </ul>`
          : html`<p>${t('themes.noChallenges')}</p>`
      }
    </section>
    ${themeEvents(ctx, v.events)} ${themeLabs(ctx, v.labs)}`;
}

/** The theme page's events: each published event with its sessions on the theme. */
function themeEvents(ctx: PageContext, events: ThemePageView['events']): SafeHtml {
  const { t } = ctx;
  return html`<section aria-labelledby="theme-events-h">
    <h2 id="theme-events-h">${t('themes.events')}</h2>
    ${
      events.length
        ? html`<ul>
            ${events.map(
              (e) =>
                html`<li>
                  <a href="/events/${e.id}">${e.name}</a>
                  <ul>
                    ${e.sessions.map((s) => html`<li><a href="/events/${e.id}/sessions/${s.id}">${sessionTitle(s)}</a> (${t('themes.sessionOn', { kind: t(`events.kind.${s.kind}`), date: formatDate(ctx.lang, s.date) })})</li>`)}
                  </ul>
                </li>`,
            )}
          </ul>`
        : html`<p>${t('themes.noEvents')}</p>`
    }
  </section>`;
}

/** The theme page's policy labs. */
function themeLabs(ctx: PageContext, labs: ThemePageView['labs']): SafeHtml {
  const { t } = ctx;
  return html`<section aria-labelledby="theme-labs-h">
    <h2 id="theme-labs-h">${t('themes.labs')}</h2>
    ${
      labs.length
        ? html`<ul>
            ${labs.map((l) => html`<li><a href="/labs/${l.id}">${l.name}</a> (${l.cityName})</li>`)}
          </ul>`
        : html`<p>${t('themes.noLabs')}</p>`
    }
  </section>`;
}
