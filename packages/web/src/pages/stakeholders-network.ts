import { html, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';

export interface NetworkView {
  nodes: { id: string; kind: 'stakeholder' | 'practice' | 'lab'; label: string }[];
  edges: { from: string; to: string }[];
}

const ROW = 26,
  TOP = 40,
  COL_W = 250,
  GAP = 90;
const short = (s: string, n = 34) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const COLOURS = { stakeholder: '#0b5cad', practice: '#1d6b35', lab: '#7a3b96' } as const;

/** The network in three columns (stakeholders, practices, labs) with a line for each link. */
export function networkChart(t: Translate, n: NetworkView): SafeHtml {
  const cols = (['stakeholder', 'practice', 'lab'] as const).map((kind) => n.nodes.filter((x) => x.kind === kind));
  const pos = new Map<string, { x: number; y: number }>();
  const [people = [], practices = [], labs = []] = cols;
  const rows = Math.max(1, ...cols.map((c) => c.length));
  // Each column is spread over the height of the longest one, so links fan out less.
  cols.forEach((nodes, c) =>
    nodes.forEach((node, i) =>
      pos.set(node.id, { x: c * (COL_W + GAP), y: TOP + Math.round(((i + 0.5) * rows) / nodes.length - 0.5) * ROW }),
    ),
  );
  const height = TOP + rows * ROW + 10;
  const width = 3 * COL_W + 2 * GAP;
  const byKind = new Map(n.nodes.map((x) => [x.id, x.kind]));
  const heads = ['stakeholders.name', 'stakeholders.practices', 'stakeholders.labs'];
  return html`<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="network-title">
    <title id="network-title">
      ${t('stakeholders.networkAlt', { stakeholders: people.length, practices: practices.length, labs: labs.length })}
    </title>
    ${heads.map((h, c) => html`<text x="${c * (COL_W + GAP)}" y="18" font-size="14" font-weight="700" fill="#1b1b1f">${t(h)}</text>`)}
    ${n.edges.map((e) => {
      const a = pos.get(e.from),
        b = pos.get(e.to);
      if (!a || !b) return '';
      const x1 = a.x + COL_W - 6,
        x2 = b.x;
      const toLab = byKind.get(e.to) === 'lab';
      return html`<line
        x1="${x1}"
        y1="${a.y - 4}"
        x2="${x2}"
        y2="${b.y - 4}"
        stroke="${toLab ? '#7a3b96' : '#8a8a96'}"
        stroke-width="1.2"
        ${toLab ? html`stroke-dasharray="5 3"` : ''}
      />`;
    })}
    ${n.nodes.map((node) => {
      const p = pos.get(node.id)!;
      return html`<g
        ><title>${node.label}</title><circle cx="${p.x + 5}" cy="${p.y - 4}" r="5" fill="${COLOURS[node.kind]}" />
        <text x="${p.x + 14}" y="${p.y}" font-size="12" fill="#1b1b1f">${short(node.label)}</text></g
      >`;
    })}
  </svg>`;
}

/** The network as a table: each stakeholder with the practices and labs it is linked to. */
export function networkTable(
  t: Translate,
  n: NetworkView,
  hrefs: { stakeholder: (id: string) => string; practice: (id: string) => string; lab: (id: string) => string },
): SafeHtml {
  const byId = new Map(n.nodes.map((x) => [x.id, x]));
  const linked = (id: string, kind: 'practice' | 'lab') =>
    n.edges
      .filter((e) => e.from === id)
      .map((e) => byId.get(e.to))
      .filter((x) => x?.kind === kind);
  const links = (nodes: (NetworkView['nodes'][number] | undefined)[], href: (id: string) => string) =>
    nodes.length
      ? html`<ul class="plain">
          ${nodes.map((x) => html`<li><a href="${href(x!.id)}">${x!.label}</a></li>`)}
        </ul>`
      : html`<span class="meta">—</span>`;
  return html`<div class="table-wrap">
    <table>
      <caption>
        ${t('stakeholders.networkTable')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('stakeholders.name')}</th>
          <th scope="col">${t('stakeholders.practices')}</th>
          <th scope="col">${t('stakeholders.labs')}</th>
        </tr>
      </thead>
      <tbody>
        ${n.nodes
          .filter((x) => x.kind === 'stakeholder')
          .map(
            (s) =>
              html`<tr>
                <th scope="row"><a href="${hrefs.stakeholder(s.id)}">${s.label}</a></th>
                <td>${links(linked(s.id, 'practice'), hrefs.practice)}</td>
                <td>${links(linked(s.id, 'lab'), hrefs.lab)}</td>
              </tr>`,
          )}
      </tbody>
    </table>
  </div>`;
}
