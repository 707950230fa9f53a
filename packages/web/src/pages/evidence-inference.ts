import type { AreaResult } from '@convivio/shared';
import { html, raw, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { formatNumber } from './evidence-parts.ts';

/** What the engine's inference says about one index of one area. */
export interface IndexInferenceView {
  pValue: number | null;
  low: number | null;
  high: number | null;
  confidence: number;
}

type Inference = {
  confidence?: number;
  groups?: Record<string, Record<string, Record<string, number | null>>>;
  multigroup?: Record<string, Record<string, number | null>>;
};

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The p-value and interval of an aspatial index key (`group.G.index`, `multigroup.index`), if the run has them. */
export function indexInference(area: AreaResult, key: string): IndexInferenceView | null {
  const inf = (area as { inference?: Inference }).inference;
  if (!inf) return null;
  const parts = key.split('.');
  const v =
    parts[0] === 'multigroup'
      ? inf.multigroup?.[parts.slice(1).join('.')]
      : parts[0] === 'group'
        ? inf.groups?.[parts[1] ?? '']?.[parts.slice(2).join('.')]
        : undefined;
  if (!v) return null;
  return { pValue: num(v.p_value), low: num(v.ci_low), high: num(v.ci_high), confidence: inf.confidence ?? 0.95 };
}

/** "p = 0.001" and "[0.41, 0.45]" cells for a ranking row. */
export function inferenceCells(ctx: PageContext, v: IndexInferenceView | null): SafeHtml {
  const { lang } = ctx;
  const p = v?.pValue ?? null;
  const ci =
    v && v.low !== null && v.high !== null ? `${formatNumber(lang, v.low, 3)} – ${formatNumber(lang, v.high, 3)}` : '–';
  return html`<td>${p === null ? '–' : formatNumber(lang, p, 3)}</td>
    <td>${ci}</td>`;
}

type Profile = { bandwidths?: number[]; multigroup?: Record<string, (number | null)[]> };

const W = 420;
const H = 160;
const PAD = { left: 48, right: 12, top: 10, bottom: 30 };
const COLOURS = ['#0b5cad', '#a4161a', '#2d6a4f'];
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The multiscalar profile of the whole grid: the multigroup spatial indices as curves over the
 * bandwidths (an SVG image with a title and description; the numbers again in a table).
 */
export function profileSection(ctx: PageContext, whole: AreaResult | undefined): SafeHtml {
  const { t, lang } = ctx;
  const profile = (whole as { profile?: Profile } | undefined)?.profile;
  const bws = profile?.bandwidths ?? [];
  const series = Object.entries(profile?.multigroup ?? {})
    .filter(([name]) => name === 'information_theory' || name === 'dissimilarity')
    .map(([name, values]) => ({ name, label: t(`evidence.index.${name}`), values: values.map(num) }));
  if (bws.length === 0 || series.length === 0) return html``;
  const all = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const hi = Math.max(...all, 0) || 1;
  const lx = (b: number) => Math.log(b);
  const x0 = lx(bws[0]!);
  const span = lx(bws[bws.length - 1]!) - x0 || 1;
  const x = (b: number) => PAD.left + ((lx(b) - x0) / span) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / hi) * (H - PAD.top - PAD.bottom);
  const parts: string[] = [
    `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${H - PAD.bottom}" y2="${H - PAD.bottom}" stroke="#50505a"/>`,
    `<line x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${H - PAD.bottom}" stroke="#50505a"/>`,
    `<text x="${PAD.left - 4}" y="${y(hi)}" text-anchor="end" dominant-baseline="middle" font-size="11" fill="#1b1b1f">${esc(formatNumber(lang, hi, 3))}</text>`,
    `<text x="${PAD.left - 4}" y="${y(0)}" text-anchor="end" dominant-baseline="middle" font-size="11" fill="#1b1b1f">0</text>`,
    ...bws.map(
      (b) =>
        `<text x="${x(b).toFixed(1)}" y="${H - PAD.bottom + 14}" text-anchor="middle" font-size="11" fill="#1b1b1f">${esc(formatNumber(lang, b))}</text>`,
    ),
  ];
  series.forEach((s, n) => {
    const pts = s.values.flatMap((v, j) => (v === null ? [] : [`${x(bws[j]!).toFixed(1)},${y(v).toFixed(1)}`]));
    const colour = COLOURS[n % COLOURS.length]!;
    parts.push(
      `<polyline points="${pts.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"${n ? ' stroke-dasharray="6 3"' : ''}/>`,
    );
    parts.push(
      `<text x="${W - PAD.right}" y="${PAD.top + 12 * n + 4}" text-anchor="end" font-size="11" fill="${colour}">${esc(s.label)}</text>`,
    );
  });
  const title = t('evidence.profile.title');
  return html`<section aria-labelledby="profile-title">
    <h2 id="profile-title">${title}</h2>
    <p>${t('evidence.profile.intro')}</p>
    <svg
      class="evidence-chart"
      role="img"
      aria-labelledby="profile-svg-title profile-svg-desc"
      viewBox="0 0 ${W} ${H}"
      width="100%"
      style="max-width:${W}px"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="profile-svg-title">${title}</title>
      <desc id="profile-svg-desc">${t('evidence.profile.description')}</desc>
      ${raw(parts.join(''))}
    </svg>
    <details>
      <summary>${t('evidence.chart.tableView')}</summary>
      <table>
        <caption class="visually-hidden">
          ${title}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('evidence.profile.bandwidth')}</th>
            ${series.map((s) => html`<th scope="col">${s.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${bws.map(
            (b, j) =>
              html`<tr>
                <th scope="row">${formatNumber(lang, b)}</th>
                ${series.map((s) => html`<td>${formatNumber(lang, s.values[j])}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </details>
  </section>`;
}

type Decomposition = { by?: string; h?: { total?: number; between?: number; within?: number } };

/** One sentence: Theil's H of the whole grid, between and within the units it was decomposed by. */
export function decompositionLine(ctx: PageContext, whole: AreaResult | undefined): SafeHtml {
  const d = (whole as { decomposition?: Decomposition } | undefined)?.decomposition;
  if (!d?.h) return html``;
  const f = (v: number | undefined) => formatNumber(ctx.lang, v ?? null, 3);
  return html`<p>
    ${ctx.t('evidence.decomposition.line', { total: f(d.h.total), between: f(d.h.between), within: f(d.h.within), by: d.by ?? '' })}
  </p>`;
}
