import { html, raw, type SafeHtml } from '../html.ts';
import { formatNumber } from './evidence-parts.ts';

/** One bar: a label and its value (null: no value, drawn as a gap). */
export interface Bar {
  label: string;
  value: number | null;
}

export interface BarChartOptions {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  /** A reference value drawn as a dashed line across the bars (e.g. the whole grid). */
  reference: Bar | null;
  lang: string;
}

const BAR = 22;
const GAP = 6;
const LABEL_W = 170;
const VALUE_W = 70;
const PLOT_W = 420;
const TOP = 8;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A horizontal SVG bar chart comparing areas on one index: bars from zero (negative values
 * to the left of it), each labelled with its value, an optional dashed reference line.
 * The SVG is an image with a title and description; the same numbers are in the ranking table.
 */
export function barChart(o: BarChartOptions): SafeHtml {
  const values = [...o.bars.map((b) => b.value), o.reference?.value ?? null].filter((v): v is number => v !== null);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const x = (v: number) => LABEL_W + ((v - lo) / span) * PLOT_W;
  const height = TOP * 2 + o.bars.length * (BAR + GAP);
  const width = LABEL_W + PLOT_W + VALUE_W;
  const parts: string[] = [];
  o.bars.forEach((b, i) => {
    const y = TOP + i * (BAR + GAP);
    parts.push(
      `<text x="${LABEL_W - 8}" y="${y + BAR / 2}" text-anchor="end" dominant-baseline="middle" fill="#1b1b1f" font-size="13">${esc(b.label.length > 24 ? `${b.label.slice(0, 23)}…` : b.label)}</text>`,
    );
    if (b.value === null) return;
    const x0 = x(Math.min(0, b.value));
    const w = Math.max(1, Math.abs(x(b.value) - x(0)));
    parts.push(
      `<rect x="${x0.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" fill="#0b5cad"><title>${esc(`${b.label}: ${formatNumber(o.lang, b.value)}`)}</title></rect>`,
    );
    parts.push(
      `<text x="${(x0 + w + 4).toFixed(1)}" y="${y + BAR / 2}" dominant-baseline="middle" fill="#1b1b1f" font-size="12">${esc(formatNumber(o.lang, b.value, 3))}</text>`,
    );
  });
  parts.push(
    `<line x1="${x(0).toFixed(1)}" x2="${x(0).toFixed(1)}" y1="${TOP / 2}" y2="${height - TOP / 2}" stroke="#50505a" stroke-width="1"/>`,
  );
  if (o.reference?.value !== null && o.reference?.value !== undefined) {
    const rx = x(o.reference.value).toFixed(1);
    parts.push(
      `<line x1="${rx}" x2="${rx}" y1="${TOP / 2}" y2="${height - TOP / 2}" stroke="#a4161a" stroke-width="2" stroke-dasharray="5 4"><title>${esc(`${o.reference.label}: ${formatNumber(o.lang, o.reference.value)}`)}</title></line>`,
    );
  }
  return html`<svg
    id="${o.id}"
    class="evidence-chart"
    role="img"
    aria-labelledby="${o.id}-title ${o.id}-desc"
    viewBox="0 0 ${width} ${height}"
    width="100%"
    style="max-width:${width}px"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title id="${o.id}-title">${o.title}</title>
    <desc id="${o.id}-desc">${o.description}</desc>
    ${raw(parts.join(''))}
  </svg>`;
}
