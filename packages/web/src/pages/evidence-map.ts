import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { classCounts, classify, type Classes } from '../map-class-colours.ts';
import { classOf, type ClassMethod } from '../map-classes.ts';
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
  /** Every cell's value (NaN where undefined), classed on the page as the map script classes them. */
  values: ArrayLike<number>;
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
  /** How the values are split into classes (`?classes=`): the legend, the tables and the map follow it. */
  classMethod: ClassMethod;
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

/** A class's range as the legend and the tables write it. */
const rangeText = (lang: string, classes: Classes, j: number) =>
  `${formatNumber(lang, classes.breaks[j])} – ${formatNumber(lang, classes.breaks[j + 1])}`;

/** The legend of the classes: each class's colour and range (the map script redraws it when the choice changes). */
function classLegend(ctx: PageContext, label: string, classes: Classes): SafeHtml {
  return html`<figure class="map-class-legend" aria-labelledby="map-class-caption">
    <figcaption id="map-class-caption">${ctx.t('evidence.map.classLegend', { label })}</figcaption>
    <ul>
      ${classes.colours.map(
        (colour, j) =>
          html`<li
            data-colour="${colour}"
            data-from="${String(classes.breaks[j])}"
            data-to="${String(classes.breaks[j + 1])}"
          >
            <span class="map-swatch" style="background: ${colour}" aria-hidden="true"></span>
            ${rangeText(ctx.lang, classes, j)}
          </li>`,
      )}
    </ul>
  </figure>`;
}

/** The table alternative of the map's colours: how many cells each class holds. */
function classTable(ctx: PageContext, label: string, classes: Classes, counts: number[]): SafeHtml {
  const { t, lang } = ctx;
  return html`<table class="map-class-cells">
    <caption>
      ${t('evidence.map.classTableCaption', { label })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('evidence.map.classValues')}</th>
        <th scope="col">${t('evidence.map.classCells')}</th>
      </tr>
    </thead>
    <tbody>
      ${counts.map(
        (n, j) =>
          html`<tr>
            <th scope="row">
              <span class="map-swatch" style="background: ${classes.colours[j]}" aria-hidden="true"></span>
              ${rangeText(lang, classes, j)}
            </th>
            <td>${formatNumber(lang, n)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
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

function classCell(lang: string, classes: Classes, value: number): string {
  const j = classOf(classes.breaks, value);
  return j < 0 ? '–' : rangeText(lang, classes, j);
}

function topTable(ctx: PageContext, layer: MapLayerView, classes: Classes): SafeHtml {
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
        <th scope="col">${t('evidence.map.classColumn')}</th>
      </tr>
    </thead>
    <tbody>
      ${layer.top.map(
        (c, i) =>
          html`<tr data-value="${String(c.value)}">
            <th scope="row">${i + 1}</th>
            <td>${formatNumber(lang, c.x)}</td>
            <td>${formatNumber(lang, c.y)}</td>
            <td>${formatNumber(lang, c.value)}</td>
            <td data-class-cell>${classCell(lang, classes, c.value)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
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
  const layer = { ...v.current, label };
  const layerUrl = v.layerUrl ?? `/api/v1/evidence/runs/${v.runId}/layers/${encodeURIComponent(layer.name)}`;
  const methods: [ClassMethod, string][] = [
    ['quantile', t('evidence.map.classQuantile')],
    ['jenks', t('evidence.map.classJenks')],
    ['linear', t('evidence.map.classLinear')],
  ];
  const classes = classify(v.current.values, v.classMethod, palette, v.center ?? null);
  return html`<section aria-labelledby="map-title" class="evidence-map-section">
    <h2 id="map-title">${t('evidence.map.title')}</h2>
    <form method="get" action="${v.action ?? `/evidence/runs/${v.runId}`}#map-title" class="evidence-inline">
      ${Object.entries(v.keep).map(([k, val]) => html`<input type="hidden" name="${k}" value="${val}" />`)}
      <label for="map-layer">${t('evidence.map.layer')}</label>
      <select id="map-layer" name="layer">
        ${v.layers.map((l) => html`<option value="${l.name}" ${l.name === layer.name ? html`selected` : ''}>${layerLabel(t, l.name, l.label)}</option>`)}
      </select>
      <label for="map-classes">${t('evidence.map.classes')}</label>
      <select id="map-classes" name="classes" data-map-classes>
        ${methods.map(([value, text]) => html`<option value="${value}" ${value === v.classMethod ? html`selected` : ''}>${text}</option>`)}
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
      <p class="hint map-attribution">${t('evidence.map.attribution')}</p>
      <noscript><p>${t('evidence.map.noScript')}</p></noscript>
    </div>
    ${classLegend(ctx, layer.label, classes)}
    ${classTable(ctx, layer.label, classes, classCounts(v.current.values, classes))} ${topTable(ctx, layer, classes)}
  </section>`;
}
