import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { breadcrumb } from '../components/page-parts.ts';
import { reasonText, type ReasonView } from './network-reasons.ts';

export interface NeedView {
  challenge: { id: string; name: string };
  priority: string;
  basis: string | null;
  practices: {
    id: string;
    name: string;
    city: { id: string; name: string };
    match: string;
    score: number;
    reasons: ReasonView[];
  }[];
  cities: { id: string; name: string; priority: string | null; practices: number }[];
  mentors: { id: string; name: string; url: string | null }[];
}

export interface NeedsPageView {
  city: { id: string; name: string };
  status: 'ok' | 'not-enough-data';
  items: NeedView[];
  canEdit: boolean;
}

function needSection(ctx: PageContext, n: NeedView, i: number): SafeHtml {
  const { t } = ctx;
  const h = `need-${i}`;
  return html`<section aria-labelledby="${h}" class="need">
    <h2 id="${h}">${n.challenge.name} <span class="badge">${t(`network.priority.${n.priority}`)}</span></h2>
    ${n.basis ? html`<p class="hint">${t('network.needs.basis', { basis: n.basis })}</p>` : ''}
    <h3>${t('network.needs.practices')}</h3>
    ${
      n.practices.length
        ? html`<ol class="ranked">
            ${n.practices.map(
              (p) =>
                html`<li>
                  <a href="/practices/${p.id}">${p.name}</a> (<a href="/cities/${p.city.id}">${p.city.name}</a>) —
                  ${t(`network.needs.match.${p.match}`)},
                  ${t('network.needs.score', { score: Math.round(p.score * 100) })}
                  <ul>
                    ${p.reasons.map((r) => html`<li>${reasonText(t, r, ctx.lang)}</li>`)}
                  </ul>
                </li>`,
            )}
          </ol>`
        : html`<p>${t('network.needs.noPractices')}</p>`
    }
    <h3>${t('network.needs.cities')}</h3>
    ${
      n.cities.length
        ? html`<ul>
            ${n.cities.map(
              (c) =>
                html`<li>
                  <a href="/cities/${c.id}/needs">${c.name}</a>
                  ${c.priority ? html` — ${t('network.needs.cityFaces', { priority: t(`network.priority.${c.priority}`) })}` : ''}
                  ${c.practices ? html` — ${t('network.needs.cityPractices', { count: c.practices })}` : ''}
                </li>`,
            )}
          </ul>`
        : html`<p>${t('network.needs.noCities')}</p>`
    }
    <h3>${t('network.needs.mentors')}</h3>
    ${
      n.mentors.length
        ? html`<ul>
            ${n.mentors.map((m) => html`<li>${m.url ? html`<a href="${m.url}">${m.name}</a>` : m.name}</li>`)}
          </ul>`
        : html`<p>${t('network.needs.noMentors')}</p>`
    }
  </section>`;
}

/** A city's needs: each challenge it faces with the practices and cities that answer it. */
export function needsPage(ctx: PageContext, v: NeedsPageView): SafeHtml {
  const { t } = ctx;
  const city = v.city.name;
  const title = t('network.needs.title', { city });
  return html`${breadcrumb(
      t,
      [
        ['/cities', t('nav.cities')],
        [`/cities/${v.city.id}`, city],
      ],
      title,
    )}
    <h1>${title}</h1>
    ${
      v.status === 'not-enough-data'
        ? html`<p class="notice" role="status">${t('network.needs.notEnough', { city })}</p>
            <p><a href="/cities/${v.city.id}/challenges">${t('network.needs.nameThem')}</a></p>`
        : html`<p class="lead">${t('network.needs.lead', { city })}</p>
            ${v.canEdit ? html`<p><a href="/cities/${v.city.id}/challenges">${t('network.needs.edit')}</a></p>` : ''}
            ${v.items.map((n, i) => needSection(ctx, n, i))}`
    }
    <p><a href="/challenges">${t('network.city.allChallenges')}</a></p>`;
}
