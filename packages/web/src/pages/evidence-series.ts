import { indexValue, listIndices, type AreaResult, type EvidenceSeries, type IndexRef } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { mapSection, type EvidenceMapView } from './evidence-map.ts';
import { indexInference } from './evidence-inference.ts';
import { csrfField, formatDate, formatNumber, indexLabel, runStatus, workerLine } from './evidence-parts.ts';
import { yearChart, type YearPoint } from './evidence-series-chart.ts';

/** What a series' page shows: the years side by side for one area, a chart of one index, a map of change. */
export interface EvidenceSeriesView {
  series: EvidenceSeries;
  area: string;
  indexKey: string;
  map: EvidenceMapView | null;
  canDelete: boolean;
}

/** The aspatial indices the series tests (the ones a change is computed for). */
export function seriesIndices(series: EvidenceSeries): IndexRef[] {
  const first = series.years[0]?.areas ?? [];
  return listIndices(first).filter((r) => r.key.startsWith('group.') || r.key.startsWith('multigroup.'));
}

type Change = EvidenceSeries['changes'][number]['areas'][number]['multigroup'][string];

function changeOf(area: EvidenceSeries['changes'][number]['areas'][number] | undefined, key: string): Change | null {
  if (!area) return null;
  const parts = key.split('.');
  if (parts[0] === 'multigroup') return area.multigroup[parts.slice(1).join('.')] ?? null;
  return area.groups[parts[1] ?? '']?.[parts.slice(2).join('.')] ?? null;
}

const areaOf = (areas: AreaResult[], code: string) => areas.find((a) => a.area === code);

function statusBlock(ctx: PageContext, s: EvidenceSeries): SafeHtml {
  const { t } = ctx;
  if (s.status === 'failed')
    return html`<div class="error-summary" role="alert">
      <p>${t('evidence.series.failed', { message: s.error?.message ?? s.message ?? '–' })}</p>
    </div>`;
  if (s.status !== 'succeeded')
    return html`<p class="notice" role="status">
        ${t('evidence.series.running', { percent: Math.round(s.progress * 100) })}
        <a href="/evidence/series/${s.id}">${t('evidence.series.reload')}</a>
      </p>
      ${workerLine(ctx, s.worker)}`;
  return html``;
}

function chooser(ctx: PageContext, v: EvidenceSeriesView, refs: IndexRef[], areas: string[]): SafeHtml {
  const { t } = ctx;
  return html`<form method="get" action="/evidence/series/${v.series.id}" class="evidence-inline">
    <fieldset>
      <legend>${t('evidence.series.choose')}</legend>
      <label for="series-area">${t('evidence.series.area')}</label>
      <select id="series-area" name="area">
        ${areas.map((a) => html`<option value="${a}" ${a === v.area ? html`selected` : ''}>${a}</option>`)}
      </select>
      <label for="series-index">${t('evidence.series.index')}</label>
      <select id="series-index" name="index">
        ${refs.map((r) => html`<option value="${r.key}" ${r.key === v.indexKey ? html`selected` : ''}>${indexLabel(t, r)}</option>`)}
      </select>
      ${
        v.series.years.length > 2
          ? (['from', 'to'] as const).map(
              (end) =>
                html`<label for="series-${end}">${t(`evidence.series.${end}`)}</label>
                  <select id="series-${end}" name="${end}">
                    ${v.series.years.map((y) => {
                      const chosen =
                        v.map?.keep[end] ?? (end === 'from' ? v.series.years[0]?.year : v.series.years.at(-1)?.year);
                      return html`<option value="${y.year}" ${y.year === chosen ? html`selected` : ''}>
                        ${y.year}
                      </option>`;
                    })}
                  </select>`,
            )
          : ''
      }
      <button type="submit">${t('evidence.series.show')}</button>
    </fieldset>
  </form>`;
}

function yearTable(ctx: PageContext, v: EvidenceSeriesView, refs: IndexRef[]): SafeHtml {
  const { t, lang } = ctx;
  const s = v.series;
  const changes = s.changes.map((c) => ({ ...c, at: c.areas.find((a) => a.area === v.area) }));
  return html`<div class="compare" tabindex="0" role="region" aria-labelledby="series-table-caption">
    <table>
      <caption id="series-table-caption">
        ${t('evidence.series.tableCaption', { area: v.area })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('evidence.series.indexCol')}</th>
          ${s.years.map((y) => html`<th scope="col">${y.year}</th>`)}
          ${changes.map((c) => html`<th scope="col">${t('evidence.series.change', { from: c.fromYear, to: c.toYear })}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${refs.map((r) => {
          const cells = s.years.map((y) => {
            const area = areaOf(y.areas, v.area);
            const value = area ? indexValue(area, r.key) : null;
            const inf = area ? indexInference(area, r.key) : null;
            const interval =
              inf && inf.low !== null && inf.high !== null
                ? html`<br /><span class="meta"
                      >${t('evidence.series.interval', { low: formatNumber(lang, inf.low, 3), high: formatNumber(lang, inf.high, 3) })}</span
                    >`
                : '';
            return html`<td>${formatNumber(lang, value)}${interval}</td>`;
          });
          const diffs = changes.map((c) => {
            const d = changeOf(c.at, r.key);
            if (!d || d.difference === null) return html`<td>–</td>`;
            const sig = d.p_value !== null && d.p_value <= 0.05;
            const sign = d.difference > 0 ? '+' : '';
            return html`<td>
              ${sign}${formatNumber(lang, d.difference)}<br /><span class="meta"
                >${t('evidence.series.pValue')} = ${formatNumber(lang, d.p_value, 3)}</span
              >${sig ? html` <strong class="tag">${t('evidence.series.significant')}</strong>` : ''}
            </td>`;
          });
          return html`<tr>
            <th scope="row">${indexLabel(t, r)}</th>
            ${cells} ${diffs}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

function chart(ctx: PageContext, v: EvidenceSeriesView, ref: IndexRef | undefined): SafeHtml {
  const { t, lang } = ctx;
  if (!ref) return html``;
  const points: YearPoint[] = v.series.years.map((y) => {
    const area = areaOf(y.areas, v.area);
    const inf = area ? indexInference(area, ref.key) : null;
    return {
      year: y.year,
      value: area ? indexValue(area, ref.key) : null,
      low: inf?.low ?? null,
      high: inf?.high ?? null,
    };
  });
  if (points.every((p) => p.value === null)) return html`<p>${t('evidence.series.noValues')}</p>`;
  return yearChart({
    id: 'series-chart',
    title: t('evidence.series.chartTitle', { index: indexLabel(t, ref), area: v.area }),
    description: t('evidence.series.chartDesc'),
    points,
    lang,
  });
}

/** A series' page: status, the indices per year with their changes and p-values, a chart, a map of change. */
export function evidenceSeriesPage(ctx: PageContext, v: EvidenceSeriesView): SafeHtml {
  const { t, lang } = ctx;
  const s = v.series;
  const refs = seriesIndices(s);
  const areas = (s.years[0]?.areas ?? []).map((a) => a.area);
  const years = s.years.map((y) => y.year).join(', ');
  return html`<nav class="breadcrumb" aria-label="${t('evidence.series.breadcrumb')}">
      <ol>
        <li><a href="/evidence">${t('nav.evidence')}</a></li>
        <li aria-current="page">${s.name}</li>
      </ol>
    </nav>
    <h1>${s.name}</h1>
    <p class="meta">
      ${t('evidence.series.meta', { years, owner: s.ownerName ?? '–' })} · ${formatDate(lang, s.createdAt)} ·
      ${runStatus(t, s.status)}${s.public ? ` · ${t('evidence.public')}` : ''}
    </p>
    ${statusBlock(ctx, s)}
    <ul>
      ${s.years.map((y) => html`<li><a href="/evidence/runs/${y.runId}">${y.year}: ${y.datasetName}</a></li>`)}
    </ul>
    ${
      s.status === 'succeeded'
        ? html`<p>${t('evidence.series.method', { permutations: s.options.permutations, seed: s.options.seed })}</p>
            ${chooser(ctx, v, refs, areas)}
            <section aria-labelledby="series-chart-heading">
              <h2 id="series-chart-heading">${t('evidence.series.title')}</h2>
              ${chart(
                ctx,
                v,
                refs.find((r) => r.key === v.indexKey),
              )}
              ${yearTable(ctx, v, refs)}
            </section>
            ${
              v.map
                ? html`<p>${t('evidence.series.mapIntro')}</p>
                    ${mapSection(ctx, v.map)}`
                : ''
            }`
        : ''
    }
    ${
      v.canDelete
        ? html`<form method="post" action="/evidence/series/${s.id}/delete">
            ${csrfField(ctx.csrfToken)}
            <button type="submit" class="secondary">${t('evidence.series.delete')}</button>
          </form>`
        : ''
    }`;
}
