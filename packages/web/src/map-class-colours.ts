/**
 * The colours of a layer's classes, shared by the page (its legend and tables without JavaScript)
 * and the browser map (bundled from packages/web/map): the class breaks of map-classes.ts, one
 * palette colour per class (a diverging palette is centred on the neutral value).
 */
import { classBreaks, classOf, type ClassMethod } from './map-classes.ts';

/** How many classes a map is split into (fewer when the layer has fewer distinct values). */
export const CLASS_COUNT = 7;

/** The breaks [min, b1, …, max] and one colour per class. */
export interface Classes {
  breaks: number[];
  colours: string[];
}

/** The class method a page asks for (`?classes=`): quantiles unless one of the others is named. */
export function classMethodOf(text: string | null | undefined): ClassMethod {
  return text === 'linear' || text === 'jenks' ? text : 'quantile';
}

/** A colour #rrggbb as [r, g, b]. */
export function rgb(h: string): number[] {
  return [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
}

/** The palette's colour at t in [0, 1], interpolated. */
function colourAt(palette: readonly string[], t: number): string {
  const x = Math.max(0, Math.min(1, t)) * (palette.length - 1);
  const i = Math.min(palette.length - 2, Math.floor(x));
  const f = x - i;
  const [a, b] = [rgb(palette[i]!), rgb(palette[i + 1]!)];
  const c = a.map((v, k) => Math.round(v + (b[k]! - v) * f));
  return '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');
}

/**
 * The classes of a layer's values. With a centre (the neutral value: 0 for a change, 1 for a
 * location quotient) equal intervals are symmetric around it and each class takes the diverging
 * palette's colour at its midpoint, so the neutral class is the palette's middle.
 */
export function classify(
  values: ArrayLike<number>,
  method: ClassMethod,
  palette: readonly string[],
  center: number | null,
): Classes {
  let breaks = classBreaks(values, method, CLASS_COUNT);
  if (breaks.length < 2) return { breaks, colours: [] };
  const [min, max] = [breaks[0]!, breaks[breaks.length - 1]!];
  if (center === null) {
    const k = breaks.length - 1;
    return { breaks, colours: breaks.slice(1).map((_, j) => colourAt(palette, k > 1 ? j / (k - 1) : 0.5)) };
  }
  const reach = Math.max(Math.abs(max - center), Math.abs(min - center)) || 1;
  if (method === 'linear') breaks = classBreaks([center - reach, center + reach], 'linear', CLASS_COUNT);
  const colours = breaks.slice(1).map((b, j) => colourAt(palette, 0.5 + ((breaks[j]! + b) / 2 - center) / (2 * reach)));
  return { breaks, colours };
}

/** How many of `values` fall in each class. */
export function classCounts(values: ArrayLike<number>, classes: Classes): number[] {
  const counts = classes.colours.map(() => 0);
  for (let i = 0; i < values.length; i++) {
    const j = classOf(classes.breaks, values[i]!);
    if (j >= 0) counts[j]!++;
  }
  return counts;
}
