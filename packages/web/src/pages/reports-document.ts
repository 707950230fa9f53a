import { html, raw, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';
import { reportBlocks, type ReportBlock } from './reports-blocks.ts';
import type { ReportModel } from './reports-model.ts';

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

/** The report's body, shown inside the site's layout (its print stylesheet, /static/report.css, leaves the site's header and footer off paper). */
export function reportBody(m: ReportModel, t: Translate): SafeHtml {
  const blocks = reportBlocks(m, t);
  const toc = blocks.filter(
    (b): b is Extract<ReportBlock, { kind: 'heading' }> => b.kind === 'heading' && b.level === 2 && !!b.anchor,
  );
  const [title, ...rest] = blocks;
  return html`<article class="report">
    ${title ? block(title) : ''} ${rest.slice(0, 2).map(block)}
    <nav class="toc" aria-label="${t('report.contents')}">
      <h2>${t('report.contents')}</h2>
      <ol>
        ${toc.map((h) => html`<li><a href="#${h.anchor}">${h.text}</a></li>`)}
      </ol>
    </nav>
    ${rest.slice(2).map(block)}
  </article>`;
}
