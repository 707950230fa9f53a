import { html, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';

export interface GridView {
  quadrants: Record<
    'key-players' | 'keep-satisfied' | 'keep-informed' | 'monitor',
    { id: string; name: string; influence: number; interest: number }[]
  >;
  unrated: { id: string; name: string }[];
  high: number;
}

const QUADRANTS = ['key-players', 'keep-satisfied', 'keep-informed', 'monitor'] as const;
const W = 560,
  H = 420,
  PAD = 56;
const x = (interest: number) => PAD + ((interest - 0.5) / 5) * (W - PAD - 16);
const y = (influence: number) => H - PAD - ((influence - 0.5) / 5) * (H - PAD - 16);

/** Numbers each rated stakeholder once, in quadrant order, for the chart and its table. */
function numbered(g: GridView) {
  return QUADRANTS.flatMap((q) => g.quadrants[q].map((s) => ({ ...s, quadrant: q }))).map((s, i) => ({
    ...s,
    n: i + 1,
  }));
}

/** The influence/interest grid as an SVG chart with numbered dots (names in the table beside it). */
export function gridChart(t: Translate, g: GridView): SafeHtml {
  const items = numbered(g);
  const seen = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const s of items)
    counts.set(`${s.influence}-${s.interest}`, (counts.get(`${s.influence}-${s.interest}`) ?? 0) + 1);
  const mid = g.high - 0.5;
  const label = (q: (typeof QUADRANTS)[number], lx: number, ly: number, anchor: string) =>
    html`<text x="${lx}" y="${ly}" text-anchor="${anchor}" font-size="13" font-weight="700" fill="#1b1b1f"
      >${t(`stakeholders.quadrant.${q}`)}</text
    >`;
  return html`<svg
    viewBox="0 0 ${W} ${H}"
    width="100%"
    style="max-width:${W}px"
    role="img"
    aria-labelledby="grid-title"
  >
    <title id="grid-title">${t('stakeholders.gridAlt', { count: items.length })}</title>
    <rect x="${x(mid)}" y="16" width="${W - 16 - x(mid)}" height="${y(mid) - 16}" fill="#e3eefb" />
    <rect x="${PAD}" y="16" width="${x(mid) - PAD}" height="${y(mid) - 16}" fill="#f4f1fa" />
    <rect x="${x(mid)}" y="${y(mid)}" width="${W - 16 - x(mid)}" height="${H - PAD - y(mid)}" fill="#eef6ee" />
    <rect x="${PAD}" y="${y(mid)}" width="${x(mid) - PAD}" height="${H - PAD - y(mid)}" fill="#f6f6f6" />
    <line x1="${PAD}" y1="${H - PAD}" x2="${W - 16}" y2="${H - PAD}" stroke="#50505a" />
    <line x1="${PAD}" y1="16" x2="${PAD}" y2="${H - PAD}" stroke="#50505a" />
    ${[1, 2, 3, 4, 5].map((v) => html`<text x="${x(v)}" y="${H - PAD + 18}" text-anchor="middle" font-size="12" fill="#1b1b1f">${v}</text><text x="${PAD - 10}" y="${y(v) + 4}" text-anchor="end" font-size="12" fill="#1b1b1f">${v}</text>`)}
    <text x="${(PAD + W) / 2}" y="${H - 12}" text-anchor="middle" font-size="13" fill="#1b1b1f">
      ${t('stakeholders.interest')} →
    </text>
    <text
      x="16"
      y="${(H - PAD) / 2}"
      text-anchor="middle"
      font-size="13"
      fill="#1b1b1f"
      transform="rotate(-90 16 ${(H - PAD) / 2})"
    >
      ${t('stakeholders.influence')} →
    </text>
    ${label('keep-satisfied', PAD + 8, 34, 'start')}${label('key-players', W - 24, 34, 'end')}
    ${label('monitor', PAD + 8, H - PAD - 10, 'start')}${label('keep-informed', W - 24, H - PAD - 10, 'end')}
    ${items.map((s) => {
      const key = `${s.influence}-${s.interest}`;
      const k = seen.get(key) ?? 0;
      seen.set(key, k + 1);
      const inRow = Math.min(4, (counts.get(key) ?? 1) - Math.floor(k / 4) * 4);
      const cx = x(s.interest) + ((k % 4) - (inRow - 1) / 2) * 22;
      const cy =
        y(s.influence) + (Math.floor(k / 4) % 3) * 22 - (Math.min(3, Math.ceil((counts.get(key) ?? 1) / 4)) - 1) * 11;
      return html`<g
        ><title>${s.n}. ${s.name}</title><circle cx="${cx}" cy="${cy}" r="10" fill="#0b5cad" /><text
          x="${cx}"
          y="${cy + 4}"
          text-anchor="middle"
          font-size="11"
          fill="#fff"
          >${s.n}</text
        ></g
      >`;
    })}
  </svg>`;
}

/** The same grid as a table: number, stakeholder, ratings and quadrant. */
export function gridTable(t: Translate, g: GridView, hrefFor: (id: string) => string): SafeHtml {
  const items = numbered(g);
  return html`<div class="table-wrap">
      <table>
        <caption>
          ${t('stakeholders.gridTable')}
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">${t('stakeholders.name')}</th>
            <th scope="col" class="num">${t('stakeholders.influence')}</th>
            <th scope="col" class="num">${t('stakeholders.interest')}</th>
            <th scope="col">${t('stakeholders.quadrant')}</th>
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (s) =>
              html`<tr>
                <td>${s.n}</td>
                <th scope="row"><a href="${hrefFor(s.id)}">${s.name}</a></th>
                <td class="num">${s.influence}</td>
                <td class="num">${s.interest}</td>
                <td>
                  ${t(`stakeholders.quadrant.${s.quadrant}`)}
                  <span class="meta">(${t(`stakeholders.quadrant.${s.quadrant}.hint`)})</span>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${g.unrated.length ? html`<p class="meta">${t('stakeholders.unrated', { names: g.unrated.map((u) => u.name).join(', ') })}</p>` : ''}`;
}
