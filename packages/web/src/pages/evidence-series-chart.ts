import { html, raw } from '../html.ts';
import { formatNumber } from './evidence-parts.ts';

/** One year's point: its value and, when the run drew a bootstrap, its interval. */
export interface YearPoint {
  year: string;
  value: number | null;
  low: number | null;
  high: number | null;
}

const W = 460;
const H = 200;
const PAD = { left: 56, right: 16, top: 12, bottom: 32 };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * An index over the years as an SVG line chart: one point per year (evenly spaced, in order),
 * a vertical bar for each interval. An image with a title and description; the numbers are
 * in the table beside it.
 */
export function yearChart(o: { id: string; title: string; description: string; points: YearPoint[]; lang: string }) {
  const values = o.points.flatMap((p) => [p.value, p.low, p.high]).filter((v): v is number => v !== null);
  if (!values.length) return html``;
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi - lo < 1e-12) [lo, hi] = [lo - 0.5, hi + 0.5];
  const margin = (hi - lo) * 0.08;
  [lo, hi] = [lo - margin, hi + margin];
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (o.points.length === 1 ? plotW / 2 : (i / (o.points.length - 1)) * plotW);
  const y = (v: number) => PAD.top + (1 - (v - lo) / (hi - lo)) * plotH;
  const parts: string[] = [];
  for (const v of [lo + margin, (lo + hi) / 2, hi - margin]) {
    parts.push(
      `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#d0d0d8"/>`,
      `<text x="${PAD.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="11">${esc(formatNumber(o.lang, v, 3))}</text>`,
    );
  }
  const line = o.points
    .map((p, i) => (p.value === null ? null : `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`))
    .filter((s): s is string => s !== null);
  if (line.length > 1)
    parts.push(`<polyline points="${line.join(' ')}" fill="none" stroke="#0b5cad" stroke-width="2"/>`);
  o.points.forEach((p, i) => {
    const cx = x(i).toFixed(1);
    if (p.low !== null && p.high !== null)
      parts.push(
        `<line x1="${cx}" x2="${cx}" y1="${y(p.low).toFixed(1)}" y2="${y(p.high).toFixed(1)}" stroke="#50505a" stroke-width="2"/>`,
      );
    if (p.value !== null) parts.push(`<circle cx="${cx}" cy="${y(p.value).toFixed(1)}" r="4" fill="#0b5cad"/>`);
    parts.push(`<text x="${cx}" y="${H - 10}" text-anchor="middle" font-size="12">${esc(p.year)}</text>`);
  });
  return html`<svg
    role="img"
    aria-labelledby="${o.id}-title ${o.id}-desc"
    viewBox="0 0 ${W} ${H}"
    width="${W}"
    height="${H}"
    class="evidence-chart"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title id="${o.id}-title">${o.title}</title>
    <desc id="${o.id}-desc">${o.description}</desc>
    ${raw(parts.join(''))}
  </svg>`;
}
