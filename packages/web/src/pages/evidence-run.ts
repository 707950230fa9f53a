import { indexValue, listIndices, type AreaResult, type EvidenceRun, type IndexRef } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { barChart } from './evidence-chart.ts';
import { mapSection, type EvidenceMapView } from './evidence-map.ts';
import { decompositionLine, indexInference, inferenceCells, profileSection } from './evidence-inference.ts';
import { formatDate, formatNumber, indexLabel, runStatus, workerLine } from './evidence-parts.ts';

export type RankingSort = 'value' | 'area' | 'population';

/** What a run's page shows: its status, and when done the ranking, chart and map. */
export interface EvidenceRunView {
  run: EvidenceRun;
  indexKey: string;
  sort: RankingSort;
  order: 'asc' | 'desc';
  map: EvidenceMapView;
  /** The owner and administrators see which worker holds the run, also as its live progress changes. */
  showsWorker: boolean;
}

function statusSection(ctx: PageContext, run: EvidenceRun, showsWorker: boolean): SafeHtml {
  const { t } = ctx;
  if (run.status === 'failed') {
    const e = run.error;
    return html`<div class="error-summary" role="alert">
      <h2>${t('evidence.run.failedTitle')}</h2>
      <p>${e?.message ?? run.message ?? t('evidence.run.failedUnknown')}</p>
      ${e?.line !== undefined || e?.column ? html`<p class="meta">${t('evidence.run.where', { file: e?.file ?? '–', line: e?.line ?? '–', column: e?.column ?? '–' })}</p>` : ''}
      <p><a href="/evidence/datasets/${run.datasetId}">${t('evidence.run.fixMapping')}</a></p>
    </div>`;
  }
  if (run.status === 'succeeded') return html``;
  const percent = Math.round(run.progress * 100);
  return html`<section
    aria-labelledby="progress-title"
    data-run-poll="/api/v1/evidence/runs/${run.id}"
    data-status-label-queued="${runStatus(t, 'queued')}"
    data-status-label-running="${runStatus(t, 'running')}"
  >
    <h2 id="progress-title">${t('evidence.run.progressTitle')}</h2>
    <label for="run-progress">${t('evidence.run.progressLabel')}</label>
    <progress id="run-progress" max="100" value="${percent}">${percent} %</progress>
    <p role="status" aria-live="polite" class="run-status-text">
      <span data-run-status>${runStatus(t, run.status)}</span> ·
      <span data-run-percent>${percent} %</span
      >${run.message ? html` · <span data-run-message>${run.message}</span>` : html`<span data-run-message></span>`}
    </p>
    ${workerLine(ctx, run.worker, showsWorker)}
    <p><a href="/evidence/runs/${run.id}">${t('evidence.run.refresh')}</a></p>
  </section>`;
}

function sortHref(v: EvidenceRunView, sort: RankingSort): string {
  const order = v.sort === sort && v.order === 'desc' ? 'asc' : 'desc';
  const q = new URLSearchParams({
    index: v.indexKey,
    sort,
    order,
    ...(v.map.current ? { layer: v.map.current.name } : {}),
    ...(v.map.current && v.map.classMethod !== 'quantile' ? { classes: v.map.classMethod } : {}),
  });
  return `/evidence/runs/${v.run.id}?${q.toString()}#ranking-title`;
}

function sortedAreas(v: EvidenceRunView, areas: AreaResult[]): AreaResult[] {
  const key = (a: AreaResult): number | string =>
    v.sort === 'area' ? a.area : v.sort === 'population' ? a.population : (indexValue(a, v.indexKey) ?? -Infinity);
  const dir = v.order === 'asc' ? 1 : -1;
  return [...areas].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return (
      (typeof ka === 'string' ? ka.localeCompare(String(kb)) : ka - (kb as number)) * dir ||
      a.area.localeCompare(b.area)
    );
  });
}

function rankingSection(ctx: PageContext, v: EvidenceRunView, refs: IndexRef[], current: IndexRef): SafeHtml {
  const { t, lang } = ctx;
  const all = v.run.results!.areas;
  const areas = all.length > 1 ? all.filter((a) => a.area !== 'ALL') : all;
  const rows = sortedAreas(v, areas);
  const label = indexLabel(t, current);
  const th = (sort: RankingSort, text: string) =>
    html`<th scope="col" aria-sort="${v.sort === sort ? (v.order === 'asc' ? 'ascending' : 'descending') : 'none'}">
      <a href="${sortHref(v, sort)}">${text}</a>
    </th>`;
  const whole = all.find((a) => a.area === 'ALL');
  const chartRows = rows.slice(0, 40);
  const tested = rows.some((a) => indexInference(a, current.key) !== null);
  const wholeInference = whole ? indexInference(whole, current.key) : null;
  return html`<section aria-labelledby="ranking-title">
    <h2 id="ranking-title">${t('evidence.ranking.title')}</h2>
    ${
      v.run.mapping.area
        ? ''
        : html`<p class="note">
            ${t('evidence.ranking.noArea')}
            <a href="/evidence/datasets/${v.run.datasetId}">${t('evidence.ranking.noAreaLink')}</a>
          </p>`
    }
    <form method="get" action="/evidence/runs/${v.run.id}#ranking-title" class="evidence-inline">
      <label for="rank-index">${t('evidence.ranking.index')}</label>
      <select id="rank-index" name="index">
        ${refs.map((r) => html`<option value="${r.key}" ${r.key === current.key ? html`selected` : ''}>${indexLabel(t, r)}</option>`)}
      </select>
      <label for="rank-order">${t('evidence.ranking.order')}</label>
      <select id="rank-order" name="order">
        <option value="desc" ${v.order === 'desc' ? html`selected` : ''}>${t('evidence.ranking.desc')}</option>
        <option value="asc" ${v.order === 'asc' ? html`selected` : ''}>${t('evidence.ranking.asc')}</option>
      </select>
      <input
        type="hidden"
        name="sort"
        value="value"
      />${v.map.current ? html`<input type="hidden" name="layer" value="${v.map.current.name}" />` : ''}${v.map.current && v.map.classMethod !== 'quantile' ? html`<input type="hidden" name="classes" value="${v.map.classMethod}" />` : ''}
      <button type="submit">${t('evidence.ranking.apply')}</button>
    </form>
    ${whole && areas !== all ? html`<p>${t('evidence.ranking.whole', { label, value: formatNumber(lang, indexValue(whole, current.key)) })}${wholeInference?.pValue != null ? ` ${t('evidence.inference.whole', { p: formatNumber(lang, wholeInference.pValue, 3) })}` : ''}</p>` : ''}
    ${tested ? html`<p class="hint">${t('evidence.inference.hint')}</p>` : ''}
    <table class="evidence-ranking">
      <caption>
        ${t('evidence.ranking.caption', { label })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('evidence.ranking.rank')}</th>
          ${th('area', t('evidence.ranking.area'))}${th('value', label)}${th('population', t('evidence.ranking.population'))}
          <th scope="col">${t('evidence.ranking.cells')}</th>
          ${
            tested
              ? html`<th scope="col">${t('evidence.inference.p')}</th>
                  <th scope="col">${t('evidence.inference.interval')}</th>`
              : ''
          }
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (a, i) =>
            html`<tr>
              <td>${i + 1}</td>
              <th scope="row">${a.area === 'ALL' ? t('evidence.ranking.all') : a.area}</th>
              <td>${formatNumber(lang, indexValue(a, current.key))}</td>
              <td>${formatNumber(lang, a.population)}</td>
              <td>${formatNumber(lang, a.cells)}</td>
              ${tested ? inferenceCells(ctx, indexInference(a, current.key)) : ''}
            </tr>`,
        )}
      </tbody>
    </table>
    <figure class="evidence-chart-figure">
      <figcaption>${t('evidence.chart.caption', { label, count: chartRows.length })}</figcaption>
      ${barChart({
        id: 'area-chart',
        title: t('evidence.chart.title', { label }),
        description: t('evidence.chart.description', { label }),
        bars: chartRows.map((a) => ({
          label: a.area === 'ALL' ? t('evidence.ranking.all') : a.area,
          value: indexValue(a, current.key),
        })),
        reference:
          whole && areas !== all ? { label: t('evidence.ranking.all'), value: indexValue(whole, current.key) } : null,
        lang,
      })}
      <details>
        <summary>${t('evidence.chart.tableView')}</summary>
        <table>
          <caption class="visually-hidden">
            ${t('evidence.chart.title', { label })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('evidence.ranking.area')}</th>
              <th scope="col">${label}</th>
            </tr>
          </thead>
          <tbody>
            ${chartRows.map(
              (a) =>
                html`<tr>
                  <th scope="row">${a.area === 'ALL' ? t('evidence.ranking.all') : a.area}</th>
                  <td>${formatNumber(lang, indexValue(a, current.key))}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </details>
    </figure>
  </section>`;
}

/** The run's files: results per area and the local layers, each a link to the API's download. */
function downloadsSection(ctx: PageContext, run: EvidenceRun): SafeHtml {
  const { t } = ctx;
  const files: [string, string][] = [
    ['results.csv', t('evidence.downloads.resultsCsv')],
    ['results.json', t('evidence.downloads.resultsJson')],
    ...(run.layers.length
      ? ([
          ['layers.tif', t('evidence.downloads.layersTif')],
          ['layers.parquet', t('evidence.downloads.layersParquet')],
          ['layers.csv', t('evidence.downloads.layersCsv')],
        ] as [string, string][])
      : []),
  ];
  return html`<section aria-labelledby="downloads-title">
    <h2 id="downloads-title">${t('evidence.downloads.title')}</h2>
    <ul class="evidence-downloads">
      ${files.map(([file, label]) => html`<li><a href="/api/v1/evidence/runs/${run.id}/files/${file}" download>${label}</a></li>`)}
    </ul>
  </section>`;
}

/** A run's page at its stable address /evidence/runs/:id. */
export function evidenceRunPage(ctx: PageContext, v: EvidenceRunView): SafeHtml {
  const { t, lang } = ctx;
  const run = v.run;
  const refs = run.results ? listIndices(run.results.areas) : [];
  const current = refs.find((r) => r.key === v.indexKey) ?? refs[0];
  const o = run.options;
  return html`<nav class="breadcrumb" aria-label="${t('evidence.breadcrumb')}">
      <ol>
        <li><a href="/evidence">${t('nav.evidence')}</a></li>
        <li><a href="/evidence/datasets/${run.datasetId}">${run.datasetName}</a></li>
        <li aria-current="page">${t('evidence.run.crumb')}</li>
      </ol>
    </nav>
    <h1>${t('evidence.run.title', { dataset: run.datasetName })}</h1>
    <p class="meta">
      ${t('evidence.runs.label', { bandwidths: o.bandwidths.join(', ') || '–', kernel: o.kernel, compat: o.compat })} ·
      ${o.spatialPermutations > 0 ? html`${t('evidence.run.spatialPermutations', { count: formatNumber(lang, o.spatialPermutations) })} ·` : ''}
      ${runStatus(t, run.status)} ·
      ${t('evidence.run.started', { when: formatDate(lang, run.createdAt) })}${run.ownerName ? ` · ${run.ownerName}` : ''}${run.public ? ` · ${t('evidence.public')}` : ''}
    </p>
    ${statusSection(ctx, run, v.showsWorker)}
    ${run.status === 'succeeded' && run.grid ? html`<p>${t('evidence.run.grid', { cells: formatNumber(lang, run.grid.cells), size: formatNumber(lang, run.grid.cellSize), groups: run.grid.groups.join(', '), areas: run.grid.areas.length })}</p>` : ''}
    ${run.status === 'succeeded' && current ? rankingSection(ctx, v, refs, current) : ''}
    ${run.status === 'succeeded' ? decompositionLine(ctx, run.results?.areas[0]) : ''}
    ${run.status === 'succeeded' ? profileSection(ctx, run.results?.areas[0]) : ''}
    ${run.status === 'succeeded' ? mapSection(ctx, v.map) : ''}
    ${run.status === 'succeeded' ? downloadsSection(ctx, run) : ''}`;
}
