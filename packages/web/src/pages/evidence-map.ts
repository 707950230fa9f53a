import { html, raw, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { formatNumber, layerLabel } from './evidence-parts.ts';

/** A sequential colour scale readable with colour-vision deficiencies (viridis), low to high. */
export const MAP_PALETTE = [
  '#440154',
  '#482878',
  '#3e4989',
  '#31688e',
  '#26828e',
  '#1f9e89',
  '#35b779',
  '#6ece58',
  '#b5de2b',
  '#fde725',
];

/** The layer shown on the map, with its highest cells for the table alternative. */
export interface MapLayerView {
  name: string;
  label: string;
  min: number | null;
  max: number | null;
  count: number;
  cellSize: number;
  top: { col: number; row: number; x: number; y: number; value: number }[];
}

/** A diverging scale for changes, centred on no change (ColorBrewer RdBu, blue for falls, red for rises). */
export const CHANGE_PALETTE = [
  '#2166ac',
  '#4393c3',
  '#92c5de',
  '#d1e5f0',
  '#f7f7f7',
  '#fddbc7',
  '#f4a582',
  '#d6604d',
  '#b2182b',
];

export interface EvidenceMapView {
  runId: string;
  layers: { name: string; label: string }[];
  current: MapLayerView | null;
  /** The page's other query parameters, kept when another layer is chosen. */
  keep: Record<string, string>;
  /** Where the layer choice is sent (default: the run's page) and where the layer is read (default: the run's layer). */
  action?: string;
  layerUrl?: string;
  /** Draw on a diverging scale centred on this value (0 for a change, 1 for a location quotient). */
  center?: number;
  /** A tile address ({z}/{x}/{y}) drawn under the layer instead of the offline country outlines. */
  tiles?: string | null;
}

/** The offline basemap the map script draws: Natural Earth countries (world-atlas), copied by scripts/bundle.mjs. */
export const MAP_BASEMAP_URL = '/static/dist/countries-50m.json';

/** The bundled map script and its style sheet (OpenLayers' own), built by scripts/bundle.mjs. */
export const MAP_SCRIPT = '/static/dist/evidence-map.js';
export const MAP_STYLE = '/static/dist/evidence-map.css';

/** The neutral value of a layer, where a diverging scale is centred: 1 for a location quotient. */
export function layerCenter(name: string): number | undefined {
  return name.startsWith('lq_') ? 1 : undefined;
}

function legend(ctx: PageContext, layer: MapLayerView, palette: string[]): SafeHtml {
  const stops = palette
    .map((c, i) => `<stop offset="${((i / (palette.length - 1)) * 100).toFixed(0)}%" stop-color="${c}"/>`)
    .join('');
  return html`<figure class="map-legend" aria-labelledby="map-legend-caption">
    <svg
      role="img"
      aria-labelledby="map-legend-caption"
      viewBox="0 0 320 20"
      width="320"
      height="20"
      xmlns="http://www.w3.org/2000/svg"
    >
      ${raw(`<defs><linearGradient id="map-scale">${stops}</linearGradient></defs><rect x="0" y="0" width="320" height="20" fill="url(#map-scale)" stroke="#50505a"/>`)}
    </svg>
    <figcaption id="map-legend-caption">
      ${ctx.t('evidence.map.legend', { label: layer.label, min: formatNumber(ctx.lang, layer.min), max: formatNumber(ctx.lang, layer.max) })}
      <span class="map-legend-ends" aria-hidden="true"
        ><span>${formatNumber(ctx.lang, layer.min)}</span> <span>${formatNumber(ctx.lang, layer.max)}</span></span
      >
    </figcaption>
  </figure>`;
}

function controls(ctx: PageContext): SafeHtml {
  const { t } = ctx;
  const button = (action: string, text: string, label: string) =>
    html`<button type="button" class="secondary" data-map-action="${action}" aria-label="${label}">${text}</button>`;
  return html`<div class="map-controls" role="group" aria-label="${t('evidence.map.controls')}">
    ${button('zoom-in', '+', t('evidence.map.zoomIn'))} ${button('zoom-out', '−', t('evidence.map.zoomOut'))}
    ${button('pan-left', '←', t('evidence.map.panLeft'))} ${button('pan-right', '→', t('evidence.map.panRight'))}
    ${button('pan-up', '↑', t('evidence.map.panUp'))} ${button('pan-down', '↓', t('evidence.map.panDown'))}
    ${button('reset', t('evidence.map.resetText'), t('evidence.map.reset'))}
  </div>`;
}

function topTable(ctx: PageContext, layer: MapLayerView): SafeHtml {
  const { t, lang } = ctx;
  if (!layer.top.length) return html`<p>${t('evidence.map.noValues')}</p>`;
  return html`<table class="map-top-cells">
    <caption>
      ${t('evidence.map.topCaption', { count: layer.top.length, label: layer.label })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('evidence.map.rank')}</th>
        <th scope="col">${t('evidence.map.x')}</th>
        <th scope="col">${t('evidence.map.y')}</th>
        <th scope="col">${layer.label}</th>
      </tr>
    </thead>
    <tbody>
      ${layer.top.map(
        (c, i) =>
          html`<tr>
            <th scope="row">${i + 1}</th>
            <td>${formatNumber(lang, c.x)}</td>
            <td>${formatNumber(lang, c.y)}</td>
            <td>${formatNumber(lang, c.value)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The choice of classes and their legend, shown by the map script (the map needs it). */
function classChoice(ctx: PageContext, label: string): SafeHtml {
  const { t } = ctx;
  const methods = [
    ['quantile', t('evidence.map.classQuantile')],
    ['jenks', t('evidence.map.classJenks')],
    ['linear', t('evidence.map.classLinear')],
  ];
  return html`<div class="map-classes" hidden>
    <label for="map-classes">${t('evidence.map.classes')}</label>
    <select id="map-classes" data-map-classes>
      ${methods.map(([value, text]) => html`<option value="${value}">${text}</option>`)}
    </select>
    <figure class="map-class-legend" aria-labelledby="map-class-caption">
      <figcaption id="map-class-caption">${t('evidence.map.classLegend', { label })}</figcaption>
      <ul></ul>
    </figure>
  </div>`;
}

/**
 * The map of one local layer: layer choice, the map drawn by the bundled map script
 * (packages/web/map, served from /static/dist), controls, legend and the top cells as a table.
 */
export function mapSection(ctx: PageContext, v: EvidenceMapView): SafeHtml {
  const { t } = ctx;
  if (!v.layers.length || !v.current)
    return html`<section aria-labelledby="map-title">
      <h2 id="map-title">${t('evidence.map.title')}</h2>
      <p>${t('evidence.map.none')}</p>
    </section>`;
  const label = layerLabel(t, v.current.name, v.current.label);
  const palette = v.center === undefined ? MAP_PALETTE : CHANGE_PALETTE;
  // A diverging scale is symmetric around its centre, so the legend's ends are too.
  const reach =
    v.center === undefined
      ? 0
      : Math.max(Math.abs((v.current.max ?? v.center) - v.center), Math.abs((v.current.min ?? v.center) - v.center));
  const layer =
    v.center === undefined
      ? { ...v.current, label }
      : { ...v.current, label, min: v.center - reach, max: v.center + reach };
  const layerUrl = v.layerUrl ?? `/api/v1/evidence/runs/${v.runId}/layers/${encodeURIComponent(layer.name)}`;
  return html`<section aria-labelledby="map-title" class="evidence-map-section">
    <h2 id="map-title">${t('evidence.map.title')}</h2>
    <form method="get" action="${v.action ?? `/evidence/runs/${v.runId}`}#map-title" class="evidence-inline">
      ${Object.entries(v.keep).map(([k, val]) => html`<input type="hidden" name="${k}" value="${val}" />`)}
      <label for="map-layer">${t('evidence.map.layer')}</label>
      <select id="map-layer" name="layer">
        ${v.layers.map((l) => html`<option value="${l.name}" ${l.name === layer.name ? html`selected` : ''}>${layerLabel(t, l.name, l.label)}</option>`)}
      </select>
      <button type="submit">${t('evidence.map.show')}</button>
    </form>
    <div
      class="evidence-map"
      data-evidence-map
      data-layer-url="${layerUrl}"
      data-basemap-url="${MAP_BASEMAP_URL}"
      ${v.tiles ? html`data-tiles="${v.tiles}"` : ''}
      data-palette="${palette.join(',')}"
      ${v.center === undefined ? '' : html`data-center="${String(v.center)}"`}
      data-status-loading="${t('evidence.map.loading')}"
      data-status-drawn="${t('evidence.map.drawn')}"
      data-status-failed="${t('evidence.map.failed')}"
      data-readout="${t('evidence.map.readout')}"
      data-readout-none="${t('evidence.map.readoutNone')}"
    >
      <div
        class="map-view"
        tabindex="0"
        role="application"
        aria-label="${t('evidence.map.canvasLabel', { label: layer.label })}"
        aria-describedby="map-help"
      ></div>
      ${controls(ctx)}
      <p class="hint" id="map-help">${t('evidence.map.help')}</p>
      <p class="map-readout" aria-live="polite"></p>
      <p class="map-status" role="status" aria-live="polite"></p>
      ${classChoice(ctx, layer.label)}
      <p class="hint map-attribution">${t('evidence.map.attribution')}</p>
      <noscript><p>${t('evidence.map.noScript')}</p></noscript>
    </div>
    ${legend(ctx, layer, palette)} ${topTable(ctx, layer)}
  </section>`;
}
