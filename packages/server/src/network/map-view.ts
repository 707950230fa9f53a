import type { MapCity, NetworkMapView } from '@convivio/web';
import { baseMap } from './base-map.ts';
import type { NetworkMap } from './map-schema.ts';

/** The radius of a city without practices (a hollow ring), and the largest circle. */
const EMPTY_RADIUS = 3.5;
const MAX_RADIUS = 26;
/** Radius of a city with one practice while the largest count allows it. */
const UNIT_RADIUS = 6;

/**
 * The network's cities on the base map: projected, with circles whose area is proportional to the
 * number of practices (radius ∝ √count, one scale for the whole map, which the legend shows).
 * Cities outside the drawing are returned apart.
 */
export function networkMapView(cities: NetworkMap['cities']): { map: NetworkMapView; offMap: NetworkMap['cities'] } {
  const base = baseMap();
  const most = Math.max(0, ...cities.map((c) => c.practiceCount));
  const unit = most ? Math.min(UNIT_RADIUS, MAX_RADIUS / Math.sqrt(most)) : UNIT_RADIUS;
  const radius = (count: number) => (count ? Math.round(unit * Math.sqrt(count) * 10) / 10 : EMPTY_RADIUS);
  const placed: MapCity[] = [];
  const offMap: NetworkMap['cities'] = [];
  for (const c of cities) {
    const at = c.latitude === null || c.longitude === null ? null : base.project(c.longitude, c.latitude);
    if (!at) offMap.push(c);
    else
      placed.push({
        id: c.id,
        name: c.name,
        country: c.country,
        practiceCount: c.practiceCount,
        x: at[0],
        y: at[1],
        r: radius(c.practiceCount),
      });
  }
  const legendCounts = [...new Set([1, Math.round(most / 3), most])].filter((n) => n > 0 && n <= most);
  return {
    map: {
      width: base.width,
      height: base.height,
      land: base.land,
      borders: base.borders,
      cities: placed,
      legend: legendCounts.map((count) => ({ count, r: radius(count) })),
    },
    offMap,
  };
}
