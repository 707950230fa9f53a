import { html, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';

/** A "Draft" badge for records that are not public yet (nothing for published ones). */
export function statusBadge(t: Translate, status: string): SafeHtml {
  return status === 'draft' ? html`<span class="badge badge-draft">${t('record.status.draft')}</span>` : html``;
}

/** A breadcrumb trail: links, then the current page. */
export function breadcrumb(t: Translate, trail: [string, string][], current: string): SafeHtml {
  return html`<nav class="breadcrumb" aria-label="${t('record.breadcrumb')}">
    <ol>
      ${trail.map(([href, label]) => html`<li><a href="${href}">${label}</a></li>`)}
      <li aria-current="page">${current}</li>
    </ol>
  </nav>`;
}

/** A confirmation shown after an action (saved, published…), announced politely. */
export function notice(text: string | null | undefined): SafeHtml {
  return text ? html`<div class="notice" role="status">${text}</div>` : html``;
}

/** A small POST form with the CSRF token and one button (publish, restore, sign out…). */
export function actionButton(
  action: string,
  csrfToken: string | null,
  label: string,
  opts: { secondary?: boolean; ariaLabel?: string } = {},
): SafeHtml {
  return html`<form method="post" action="${action}" class="inline-form">
    <input type="hidden" name="_csrf" value="${csrfToken ?? ''}" />
    <button
      type="submit"
      ${opts.secondary ? html`class="secondary"` : ''}
      ${opts.ariaLabel ? html`aria-label="${opts.ariaLabel}"` : ''}
    >
      ${label}
    </button>
  </form>`;
}

/**
 * Pagination links for a list of `total` items; `hrefFor(page)` builds each page's address.
 * Shows the first, last and nearby pages, and marks the current one.
 */
export function pagination(
  t: Translate,
  page: number,
  pageSize: number,
  total: number,
  hrefFor: (page: number) => string,
): SafeHtml {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return html``;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  const items: SafeHtml[] = [];
  shown.forEach((p, i) => {
    if (i > 0 && p - shown[i - 1]! > 1) items.push(html`<li class="gap" aria-hidden="true">…</li>`);
    items.push(
      p === page
        ? html`<li><a href="${hrefFor(p)}" aria-current="page">${p}</a></li>`
        : html`<li><a href="${hrefFor(p)}" aria-label="${t('pagination.page', { page: p, pages })}">${p}</a></li>`,
    );
  });
  return html`<nav class="pagination" aria-label="${t('pagination.label')}">
    <p class="meta">${t('pagination.page', { page, pages })}</p>
    <ul>
      ${page > 1 ? html`<li><a href="${hrefFor(page - 1)}" rel="prev">${t('pagination.previous')}</a></li>` : ''}
      ${items}
      ${page < pages ? html`<li><a href="${hrefFor(page + 1)}" rel="next">${t('pagination.next')}</a></li>` : ''}
    </ul>
  </nav>`;
}
