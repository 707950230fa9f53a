import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';

export interface ProgrammeSummaryView {
  id: string;
  name: string;
  description: string | null;
  coordinator: string | null;
  start: string | null;
  end: string | null;
  themes: { id: string; name: string }[];
  cityCount: number;
  offerCount: number;
  requestCount: number;
}

/** The /mentoring page: every programme with its themes and counts. */
export function mentoringListPage(ctx: PageContext, items: ProgrammeSummaryView[]): SafeHtml {
  const { t } = ctx;
  return html`<h1>${t('mentoring.title')}</h1>
    <p class="lead">${t('mentoring.lead')}</p>
    ${
      items.length
        ? html`<ul class="card-list">
            ${items.map(
              (p) =>
                html`<li>
                  <h2><a href="/mentoring/${p.id}">${p.name}</a></h2>
                  ${p.start && p.end ? html`<p>${t('mentoring.period', { start: p.start, end: p.end })}</p>` : ''}
                  <p>
                    ${t('mentoring.counts', { cities: p.cityCount, offers: p.offerCount, requests: p.requestCount })}
                  </p>
                  <ul>
                    ${p.themes.map((th) => html`<li>${th.name}</li>`)}
                  </ul>
                </li>`,
            )}
          </ul>`
        : html`<p>${t('mentoring.none')}</p>`
    }`;
}

export interface CityMentoringView {
  city: { id: string; name: string };
  items: { id: string; name: string; role: string | null }[];
}

/** The city page's section: the programmes the city takes part in, with its role and a link to its action plan. */
export function cityMentoringSection(ctx: PageContext, v: CityMentoringView): SafeHtml {
  const { t } = ctx;
  const city = v.city.name;
  return html`<section aria-labelledby="mentoring-h">
    <h2 id="mentoring-h">${t('mentoring.cityTitle')}</h2>
    ${
      v.items.length
        ? html`<p>${t('mentoring.cityTakesPart', { city })}</p>
            <ul>
              ${v.items.map(
                (p) =>
                  html`<li>
                    <a href="/mentoring/${p.id}">${p.name}</a
                    >${p.role ? ` (${t(`mentoring.roleShort.${p.role}`)})` : ''} ·
                    <a href="/mentoring/${p.id}/plans/${v.city.id}">${t('mentoring.planOf', { city })}</a>
                  </li>`,
              )}
            </ul>`
        : html`<p>${t('mentoring.cityNone', { city })}</p>`
    }
    <p><a href="/mentoring">${t('mentoring.allProgrammes')}</a></p>
  </section>`;
}
