import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { reasonText, type ReasonView } from './network-reasons.ts';

export interface SimilarView {
  status: 'ok' | 'not-enough-data';
  known: number;
  total: number;
  minFeatures: number;
  items: { city: { id: string; name: string }; score: number; known: number; total: number; reasons: ReasonView[] }[];
  notComparable: number;
}

export interface CityNetworkView {
  city: { id: string; name: string };
  challenges: { id: string; name: string; priority: string }[];
  similar: SimilarView;
}

/** The similar-cities panel: cities ranked with the reasons and how much was known. */
export function similarCitiesPanel(ctx: PageContext, v: SimilarView): SafeHtml {
  const { t } = ctx;
  if (v.status === 'not-enough-data')
    return html`<p>${t('network.similar.notEnough', { known: v.known, total: v.total, min: v.minFeatures })}</p>`;
  if (!v.items.length) return html`<p>${t('network.similar.none')}</p>`;
  return html`<ol class="ranked">
      ${v.items.map(
        (s) =>
          html`<li>
            <a href="/cities/${s.city.id}">${s.city.name}</a> —
            ${t('network.similar.score', { score: Math.round(s.score * 100) })},
            ${t('network.similar.basedOn', { known: s.known, total: s.total })}
            ${
              s.reasons.length
                ? html`<ul>
                    ${s.reasons.map((r) => html`<li>${reasonText(t, r, ctx.lang)}</li>`)}
                  </ul>`
                : ''
            }
          </li>`,
      )}
    </ol>
    ${v.notComparable ? html`<p class="hint">${t('network.similar.notComparable', { count: v.notComparable })}</p>` : ''}`;
}

/** The section a city profile shows: the challenges it faces, a link to its needs, similar cities. */
export function cityNetworkSection(ctx: PageContext, v: CityNetworkView): SafeHtml {
  const { t } = ctx;
  const city = v.city.name;
  return html`<section aria-labelledby="network-h">
    <h2 id="network-h">${t('network.city.section')}</h2>
    ${
      v.challenges.length
        ? html`<p>${t('network.city.faces', { city })}</p>
            <ul>
              ${v.challenges.map((c) => html`<li>${c.name} (${t(`network.priorityShort.${c.priority}`)})</li>`)}
            </ul>`
        : html`<p>${t('network.city.noChallenges', { city })}</p>`
    }
    <p>
      <a href="/cities/${v.city.id}/needs">${t('network.city.needsLink', { city })}</a> ·
      <a href="/challenges">${t('network.city.allChallenges')}</a>
    </p>
    <h3 id="similar-h">${t('network.similar.title')}</h3>
    <p class="hint">${t('network.similar.lead')}</p>
    ${similarCitiesPanel(ctx, v.similar)}
  </section>`;
}
