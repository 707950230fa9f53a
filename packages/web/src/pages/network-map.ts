import { html, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';
import { countryName } from '../components/labels.ts';

/** A city on the drawing: where (pixels), how big (radius, area proportional to its practices). */
export interface MapCity {
  id: string;
  name: string;
  country: string;
  practiceCount: number;
  x: number;
  y: number;
  r: number;
}

/** The drawing: the base map's paths, the cities in drawing (and keyboard) order, the legend's circles. */
export interface NetworkMapView {
  width: number;
  height: number;
  land: string;
  borders: string;
  cities: MapCity[];
  legend: { count: number; r: number }[];
}

/** The accessible name of a city's circle (and its tooltip). */
export function cityLabel(t: Translate, c: Pick<MapCity, 'name' | 'country' | 'practiceCount'>): string {
  const params = { name: c.name, country: countryName(t, c.country), count: c.practiceCount };
  if (c.practiceCount === 0) return t('network.map.cityNone', params);
  return t(c.practiceCount === 1 ? 'network.map.cityOne' : 'network.map.city', params);
}

/** The legend in the map's top-left corner (over the Atlantic): one circle per value, and the mark of a city without practices. */
function legend(t: Translate, v: NetworkMapView): SafeHtml {
  const showNone = v.cities.some((c) => c.practiceCount === 0);
  const biggest = Math.max(0, ...v.legend.map((l) => l.r));
  const rowHeight = (r: number) => Math.max(2 * r, 14) + 6;
  let y = 30;
  const rows = v.legend.map((l) => {
    const cy = y + rowHeight(l.r) / 2;
    y += rowHeight(l.r);
    return html`<g>
      <circle class="city-dot" cx="${12 + biggest}" cy="${cy}" r="${l.r}" />
      <text x="${20 + 2 * biggest}" y="${cy}" dominant-baseline="middle">${l.count}</text>
    </g>`;
  });
  let none: SafeHtml | string = '';
  if (showNone) {
    const cy = y + 10;
    y += 20;
    none = html`<g>
      <circle class="city-dot empty" cx="${12 + biggest}" cy="${cy}" r="3.5" />
      <text x="${20 + 2 * biggest}" y="${cy}" dominant-baseline="middle">${t('network.legend.none')}</text>
    </g>`;
  }
  return html`<g class="legend" id="network-legend">
    <rect x="4" y="4" width="${Math.max(96, 2 * biggest + 80)}" height="${y + 6}" rx="4" />
    <text x="12" y="20" class="legend-title">${t('network.legend')}</text>
    ${rows} ${none}
  </g>`;
}

/**
 * The map as inline SVG: Natural Earth country outlines (decorative, hidden from assistive
 * technology), a legend, and one link per city, drawn biggest first so small circles stay on
 * top and reachable; the keyboard visits them in the same order as the list.
 */
export function networkMapSvg(t: Translate, v: NetworkMapView): SafeHtml {
  return html`<svg
    class="network-map"
    viewBox="0 0 ${v.width} ${v.height}"
    width="${v.width}"
    height="${v.height}"
    role="group"
    aria-labelledby="network-map-title"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title id="network-map-title">${t('network.map.label')}</title>
    <g aria-hidden="true">
      <rect class="sea" x="0" y="0" width="${v.width}" height="${v.height}" />
      <path class="land" d="${v.land}" />
      <path class="borders" d="${v.borders}" />
    </g>
    <g class="cities">
      ${v.cities.map((c) => {
        const label = cityLabel(t, c);
        return html`<a href="/cities/${c.id}" class="city-link" aria-label="${label}" data-city="${c.id}">
          <title>${label}</title>
          <circle class="${c.practiceCount ? 'city-dot' : 'city-dot empty'}" cx="${c.x}" cy="${c.y}" r="${c.r}" />
        </a>`;
      })}
    </g>
    ${legend(t, v)}
  </svg>`;
}
