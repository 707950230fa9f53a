import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { actionButton } from './page-parts.ts';

/** The publish/unpublish panel under an edit form (a separate form: forms cannot nest). */
export function statusPanel(
  ctx: PageContext,
  o: { base: string; status: string; draftText: string; publishedText: string; publish: string; unpublish: string },
): SafeHtml {
  const { t } = ctx;
  return html`<section class="status-panel" aria-labelledby="status-title">
    <h2 id="status-title">${t('practice.field.status')}</h2>
    <p>${o.status === 'draft' ? o.draftText : o.publishedText}</p>
    ${o.status === 'draft' ? actionButton(`${o.base}/publish`, ctx.csrfToken, o.publish) : actionButton(`${o.base}/unpublish`, ctx.csrfToken, o.unpublish, { secondary: true })}
    <p><a href="${o.base}/history">${t('practice.history')}</a></p>
  </section>`;
}
