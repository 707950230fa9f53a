import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { breadcrumb } from '../components/page-parts.ts';
import { cyclePeriod, type CycleView } from './charter-cycles-list.ts';

export interface CycleReportView {
  cycle: CycleView;
  compareWith: CycleView | null;
  /** Other cycles to compare with. */
  others: CycleView[];
  cities: { id: string; name: string; signatory: boolean; assessed: number }[];
  rows: {
    commitment: { id: string; role: string; text: string };
    achieved: number;
    improved?: number;
    declined?: number;
    cells: { cityId: string; status: string | null; previous?: string | null; change?: string }[];
  }[];
}

function cell(ctx: PageContext, c: CycleReportView['rows'][number]['cells'][number]): SafeHtml {
  const { t } = ctx;
  const now = t(`cycles.status.${c.status ?? 'none'}`);
  if (!c.change) return html`<td>${now}</td>`;
  return html`<td>
    ${now}<br /><span class="meta"
      >${t('cycles.previous', { status: t(`cycles.status.${c.previous ?? 'none'}`) })} ·
      ${t(`cycles.change.${c.change}`)}</span
    >
  </td>`;
}

function compareForm(ctx: PageContext, v: CycleReportView): SafeHtml {
  const { t } = ctx;
  if (!v.others.length) return html``;
  return html`<form method="get" action="/charter/cycles/${v.cycle.id}" class="inline-form">
    <label for="compare">${t('cycles.compare')}</label>
    <select id="compare" name="compare">
      <option value="">${t('cycles.compareNone')}</option>
      ${v.others.map((o) => html`<option value="${o.id}" ${o.id === v.compareWith?.id ? html`selected` : ''}>${o.name}</option>`)}
    </select>
    <button type="submit" class="secondary">${t('cycles.compareButton')}</button>
  </form>`;
}

/** /charter/cycles/{id}: the cycle report, commitments × cities, and the change since an earlier cycle. */
export function cycleReportPage(ctx: PageContext, v: CycleReportView): SafeHtml {
  const { t } = ctx;
  const csv = `/api/v1/charter/cycles/${v.cycle.id}/report?format=csv${v.compareWith ? `&compare=${v.compareWith.id}` : ''}`;
  return html`${breadcrumb(
      t,
      [
        ['/charter', t('charter.title')],
        ['/charter/cycles', t('cycles.backToCycles')],
      ],
      v.cycle.name,
    )}
    <h1>${t('cycles.reportTitle', { cycle: v.cycle.name })}</h1>
    <p class="lead">${cyclePeriod(ctx, v.cycle)} · ${t(`cycles.state.${v.cycle.state}`)}</p>
    <p>${t('cycles.reportLead')}</p>
    ${compareForm(ctx, v)}
    ${
      v.cities.length
        ? html`<div class="table-wrap" role="region" aria-labelledby="matrix-caption" tabindex="0">
            <table>
              <caption id="matrix-caption">
                ${t('cycles.matrixCaption', { cycle: v.cycle.name })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('cycles.commitment')}</th>
                  ${v.cities.map((c) => html`<th scope="col"><a href="/charter/cycles/${v.cycle.id}/cities/${c.id}">${c.name}</a></th>`)}
                  <th scope="col">${t('cycles.achievedCount')}</th>
                  ${
                    v.compareWith
                      ? html`<th scope="col">${t('cycles.improved')}</th>
                          <th scope="col">${t('cycles.declined')}</th>`
                      : ''
                  }
                </tr>
              </thead>
              <tbody>
                ${v.rows.map(
                  (r) =>
                    html`<tr>
                      <th scope="row">${t(`charter.roleShort.${r.commitment.role}`)}</th>
                      ${r.cells.map((c) => cell(ctx, c))}
                      <td>${r.achieved}</td>
                      ${
                        v.compareWith
                          ? html`<td>${r.improved ?? 0}</td>
                              <td>${r.declined ?? 0}</td>`
                          : ''
                      }
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${t('cycles.noCities')}</p>`
    }
    <p><a href="${csv}" download>${t('cycles.csv')}</a></p>`;
}
