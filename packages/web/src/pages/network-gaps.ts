import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';

export interface GapsView {
  challenges: { id: string; name: string; cities: number; practices: number }[];
  areas: { area: string; maps: number; covered: boolean; mapsWithout: { cityId: string; cityName: string }[] }[];
  maps: number;
  commitments: { id: string; role: string; text: string; planned: number }[] | null;
  thresholds: { manyCities: number; fewPractices: number };
}

/** The /gaps page: what the network lacks, computed from the data. */
export function gapsPage(ctx: PageContext, v: GapsView): SafeHtml {
  const { t } = ctx;
  return html`<h1>${t('network.gaps.title')}</h1>
    <p class="lead">${t('network.gaps.lead')}</p>
    <section aria-labelledby="gaps-challenges">
      <h2 id="gaps-challenges">${t('network.gaps.challenges')}</h2>
      <p class="hint">
        ${t('network.gaps.challengesRule', { many: v.thresholds.manyCities, few: v.thresholds.fewPractices })}
      </p>
      ${
        v.challenges.length
          ? html`<div class="table-wrap" role="region" aria-labelledby="gaps-challenges" tabindex="0">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${t('network.challenges.name')}</th>
                    <th scope="col">${t('network.gaps.citiesFacing')}</th>
                    <th scope="col">${t('network.gaps.practicesAddressing')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${v.challenges.map(
                    (c) =>
                      html`<tr>
                        <th scope="row"><a href="/challenges#challenge-${c.id}">${c.name}</a></th>
                        <td>${c.cities}</td>
                        <td>${c.practices}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p>${t('network.gaps.noChallenges')}</p>`
      }
    </section>
    <section aria-labelledby="gaps-areas">
      <h2 id="gaps-areas">${t('network.gaps.areas')}</h2>
      <p class="hint">${t('network.gaps.areasRule')}</p>
      ${
        !v.maps
          ? html`<p>${t('network.gaps.noMaps')}</p>`
          : v.areas.length
            ? html`<ul>
                ${v.areas.map(
                  (a) =>
                    html`<li>
                      <strong>${t(`stakeholders.area.${a.area}`)}</strong
                      >${a.covered ? '' : html` (${t('network.gaps.uncovered')})`}:
                      ${a.mapsWithout.map((m, i) => html`${i ? ', ' : ''}<a href="/cities/${m.cityId}/stakeholders">${m.cityName}</a>`)}
                    </li>`,
                )}
              </ul>`
            : html`<p>${t('network.gaps.noAreas')}</p>`
      }
    </section>
    <section aria-labelledby="gaps-commitments">
      <h2 id="gaps-commitments">${t('network.gaps.commitments')}</h2>
      <p class="hint">${t('network.gaps.commitmentsRule')}</p>
      ${
        v.commitments === null
          ? html`<p>${t('network.gaps.noCharter')}</p>`
          : v.commitments.length
            ? html`<ul>
                ${v.commitments.map(
                  (c) =>
                    html`<li>
                      <strong>${t(`charter.roleShort.${c.role}`)}</strong>: ${c.text}
                      ${c.planned ? html` — ${t('network.gaps.planned', { count: c.planned })}` : ''}
                    </li>`,
                )}
              </ul>`
            : html`<p>${t('network.gaps.noCommitments')}</p>`
      }
    </section>`;
}
