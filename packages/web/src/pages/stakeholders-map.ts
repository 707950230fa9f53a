import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { breadcrumb, notice } from '../components/page-parts.ts';
import { coverageTable, type CoverageView } from './stakeholders-coverage.ts';
import { gridChart, gridTable, type GridView } from './stakeholders-grid.ts';
import { networkChart, networkTable, type NetworkView } from './stakeholders-network.ts';

/** A stakeholder as the map lists it (an organisation: no personal data). */
export interface StakeholderRowView {
  id: string;
  name: string;
  area: string;
  roles: string[];
  influence: number | null;
  interest: number | null;
  engagementStatus: string | null;
  communicationChannels: string[];
  practices: { id: string; name: string }[];
}

export interface StakeholderMapView {
  city: { id: string; name: string };
  stakeholders: StakeholderRowView[];
  grid: GridView;
  coverage: CoverageView;
  network: NetworkView;
  group: { id: string; name: string; currentMembers: number; targetSize: string | null; meetings: number } | null;
  methods: { name: string; description: string | null }[];
  canEdit: boolean;
  notice: string | null;
}

const HREF = {
  stakeholder: (id: string) => `/stakeholders/${id}`,
  practice: (id: string) => `/practices/${id}`,
  lab: (id: string) => `/labs/${id}`,
};

/** A rating or "not rated". */
export const ratingText = (ctx: PageContext, v: number | null) =>
  v === null ? ctx.t('stakeholders.notRated') : `${v} / 5`;

function listTable(ctx: PageContext, v: StakeholderMapView): SafeHtml {
  const { t } = ctx;
  if (!v.stakeholders.length) return html`<p>${t('stakeholders.none')}</p>`;
  return html`<div class="table-wrap">
    <table>
      <caption>
        ${t('stakeholders.listCaption', { city: v.city.name })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('stakeholders.name')}</th>
          <th scope="col">${t('stakeholders.area')}</th>
          <th scope="col">${t('stakeholders.roles')}</th>
          <th scope="col">${t('stakeholders.influence')}</th>
          <th scope="col">${t('stakeholders.interest')}</th>
          <th scope="col">${t('stakeholders.engagement')}</th>
          <th scope="col">${t('stakeholders.channels')}</th>
          <th scope="col">${t('stakeholders.practices')}</th>
        </tr>
      </thead>
      <tbody>
        ${v.stakeholders.map(
          (s) =>
            html`<tr>
              <th scope="row"><a href="${HREF.stakeholder(s.id)}">${s.name}</a></th>
              <td>${t(`stakeholders.area.${s.area}`)}</td>
              <td>${s.roles.map((r) => t(`stakeholders.role.${r}`)).join(', ')}</td>
              <td>${ratingText(ctx, s.influence)}</td>
              <td>${ratingText(ctx, s.interest)}</td>
              <td>
                ${s.engagementStatus ? t(`stakeholders.status.${s.engagementStatus}`) : html`<span class="meta">${t('stakeholders.notStated')}</span>`}
              </td>
              <td>${s.communicationChannels.join(', ')}</td>
              <td>
                ${s.practices.map((p, i) => html`${i ? ', ' : ''}<a href="${HREF.practice(p.id)}">${p.name}</a>`)}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** A city's stakeholder map: list, influence/interest grid, network, coverage, reference group, methods. */
export function stakeholderMapPage(ctx: PageContext, v: StakeholderMapView): SafeHtml {
  const { t } = ctx;
  const sections: [string, string][] = [
    ['list', t('stakeholders.list')],
    ['grid', t('stakeholders.grid')],
    ['network', t('stakeholders.network')],
    ['coverage', t('stakeholders.coverage')],
    ['group', t('stakeholders.group')],
    ['methods', t('stakeholders.methods')],
  ];
  return html`${breadcrumb(
      t,
      [
        ['/cities', t('nav.cities')],
        [`/cities/${v.city.id}`, v.city.name],
      ],
      t('stakeholders.title', { city: v.city.name }),
    )}
    <h1>${t('stakeholders.title', { city: v.city.name })}</h1>
    ${notice(v.notice)}
    <p class="lead">${t('stakeholders.lead', { city: v.city.name })}</p>
    <p>
      ${t('stakeholders.count', { count: v.stakeholders.length })} · <a href="/labs">${t('labs.title')}</a> ·
      <a href="/reference-groups">${t('groups.title')}</a>
    </p>
    ${
      v.canEdit
        ? html`<p class="actions">
            <a class="button" href="/cities/${v.city.id}/stakeholders/new">${t('stakeholders.add')}</a>
            <a class="button secondary" href="/cities/${v.city.id}/stakeholders/import">${t('stakeholders.import')}</a>
          </p>`
        : ''
    }
    <nav aria-label="${t('stakeholders.sections')}">
      <ul class="tags">
        ${sections.map(([id, label]) => html`<li><a class="tag" href="#${id}">${label}</a></li>`)}
      </ul>
    </nav>
    <section id="list" aria-labelledby="list-h">
      <h2 id="list-h">${t('stakeholders.list')}</h2>
      ${listTable(ctx, v)}
    </section>
    <section id="grid" aria-labelledby="grid-h">
      <h2 id="grid-h">${t('stakeholders.grid')}</h2>
      <p>${t('stakeholders.gridIntro', { high: v.grid.high })}</p>
      ${gridChart(t, v.grid)}${gridTable(t, v.grid, HREF.stakeholder)}
    </section>
    <section id="network" aria-labelledby="network-h">
      <h2 id="network-h">${t('stakeholders.network')}</h2>
      <p>${t('stakeholders.networkIntro')}</p>
      ${networkChart(t, v.network)}${networkTable(t, v.network, HREF)}
    </section>
    <section id="coverage" aria-labelledby="coverage-h">
      <h2 id="coverage-h">${t('stakeholders.coverage')}</h2>
      <p>${t('stakeholders.coverageIntro', { thin: v.coverage.thin })}</p>
      ${coverageTable(t, v.coverage)}
    </section>
    <section id="group" aria-labelledby="group-h">
      <h2 id="group-h">${t('stakeholders.group')}</h2>
      ${
        v.group
          ? html`<p>
              <a href="/reference-groups/${v.group.id}">${v.group.name}</a>:
              ${t('stakeholders.groupSummary', { members: v.group.currentMembers, target: v.group.targetSize ?? '—', meetings: v.group.meetings })}
            </p>`
          : html`<p>${t('stakeholders.noGroup')}</p>`
      }
    </section>
    <section id="methods" aria-labelledby="methods-h">
      <h2 id="methods-h">${t('stakeholders.methods')}</h2>
      ${
        v.methods.length
          ? html`<dl class="record">
              ${v.methods.map(
                (m) =>
                  html`<dt>${m.name}</dt>
                    <dd>${m.description ?? ''}</dd>`,
              )}
            </dl>`
          : html`<p class="meta">—</p>`
      }
    </section>`;
}
