import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';

/** The kinds of error page, by HTTP status. */
const BAD_REQUEST: [string, string] = ['error.badRequest.title', ''];
const INTERNAL: [string, string] = ['error.internal.title', 'error.internal.text'];
const KEYS: Record<number, [string, string]> = {
  400: BAD_REQUEST,
  403: ['error.forbidden.title', 'error.forbidden.text'],
  404: ['error.notFound.title', 'error.notFound.text'],
  429: ['error.rateLimited.title', 'error.rateLimited.text'],
  500: INTERNAL,
};
const keysFor = (status: number): [string, string] => KEYS[status] ?? (status >= 500 ? INTERNAL : BAD_REQUEST);

/** The title of the error page for a status. */
export function errorTitle(ctx: PageContext, status: number): string {
  return ctx.t(keysFor(status)[0]);
}

/** An error page's body: what happened, the service's explanation when useful, and ways on. */
export function errorPage(ctx: PageContext, status: number, detail?: string | null): SafeHtml {
  const { t } = ctx;
  const [, textKey] = keysFor(status);
  return html`<div class="error-page">
    <p class="status-code">${status}</p>
    <h1>${errorTitle(ctx, status)}</h1>
    ${textKey ? html`<p>${t(textKey)}</p>` : ''}
    ${detail ? html`<p class="meta">${t('error.detail', { message: detail })}</p>` : ''}
    <ul>
      <li><a href="/">${t('error.home')}</a></li>
      <li><a href="/practices">${t('error.search')}</a></li>
    </ul>
  </div>`;
}
