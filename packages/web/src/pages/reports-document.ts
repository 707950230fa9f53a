import { html, raw, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';
import { reportBlocks, type ReportBlock } from './reports-blocks.ts';
import type { ReportModel } from './reports-model.ts';

const STYLE = `
body { font-family: "DejaVu Serif", Georgia, serif; color: #1b1b1f; max-width: 52rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.5; }
h1 { font-size: 2rem; } h2 { font-size: 1.5rem; margin-top: 2.5rem; border-bottom: 2px solid #0b5cad; } h3 { font-size: 1.15rem; margin-top: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .95rem; }
th, td { border: 1px solid #b4b4be; padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #eef2f8; } table.fields th { width: 30%; background: #f6f7fa; }
caption { text-align: left; font-weight: 700; padding: .25rem 0; }
.small { color: #50505a; font-size: .85rem; } a { color: #0b5cad; }
nav.toc ol { list-style: none; padding-left: 0; }
.page-break { break-after: page; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } nav.toc { break-after: page; } h2, h3 { break-after: avoid; } tr { break-inside: avoid; } }
`;

const lines = (s: string): SafeHtml => html`${s.split('\n').map((l, i) => html`${i ? raw('<br>') : ''}${l}`)}`;

function block(b: ReportBlock): SafeHtml {
  switch (b.kind) {
    case 'heading': {
      const id = b.anchor ? html` id="${b.anchor}"` : '';
      return b.level === 1
        ? html`<h1${id}>${b.text}</h1>`
        : b.level === 2
          ? html`<h2${id}>${b.text}</h2>`
          : html`<h3${id}>${b.text}</h3>`;
    }
    case 'paragraph':
      return html`<p${b.small ? raw(' class="small"') : ''}>${b.href ? html`<a href="${b.href}">${b.text}</a>` : lines(b.text)}</p>`;
    case 'list':
      return html`<ul>
        ${b.items.map((i) => html`<li>${i}</li>`)}
      </ul>`;
    case 'table':
      return html`<table>
        <caption>
          ${b.caption}
        </caption>
        <thead>
          <tr>
            ${b.head.map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${b.rows.map(
            (r) =>
              html`<tr>
                ${r.map((c, i) => (i === 0 ? html`<th scope="row">${c}</th>` : html`<td>${c}</td>`))}
              </tr>`,
          )}
        </tbody>
      </table>`;
    case 'fields':
      return html`<table class="fields">
        <caption class="small">
          ${b.caption}
        </caption>
        <tbody>
          ${b.rows.map(
            ([k, v]) =>
              html`<tr>
                <th scope="row">${k}</th>
                <td>${lines(v)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
    case 'pageBreak':
      return html`<div class="page-break"></div>`;
  }
}

/** The report as one printable HTML document (its own page, not the site layout). */
export function reportDocument(m: ReportModel, t: Translate, lang = 'en'): string {
  const blocks = reportBlocks(m, t);
  const toc = blocks.filter(
    (b): b is Extract<ReportBlock, { kind: 'heading' }> => b.kind === 'heading' && b.level === 2 && !!b.anchor,
  );
  const [title, ...rest] = blocks;
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${t('report.title')} · ${m.cities.map((c) => c.name).join(', ')}</title>
        <style>
          ${raw(STYLE)}
        </style>
      </head>
      <body>
        <main>
          ${block(title)} ${rest.slice(0, 2).map(block)}
          <nav class="toc" aria-label="${t('report.contents')}">
            <h2>${t('report.contents')}</h2>
            <ol>
              ${toc.map((h) => html`<li><a href="#${h.anchor}">${h.text}</a></li>`)}
            </ol>
          </nav>
          ${rest.slice(2).map(block)}
        </main>
      </body>
    </html>`.value;
}
