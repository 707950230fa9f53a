import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';

/**
 * The button that starts a destructive action: a link to its confirmation page (the same
 * address the action posts to). Without JavaScript the page asks; with it, app.js shows the
 * same question in a dialog.
 */
export function confirmLink(href: string, label: string, opts: { ariaLabel?: string } = {}): SafeHtml {
  return html`<a
    class="button secondary"
    href="${href}"
    data-confirm
    ${opts.ariaLabel ? html`aria-label="${opts.ariaLabel}"` : ''}
    >${label}</a
  >`;
}

/** What a confirmation page asks: the question, what will be lost, and the form that does it. */
export interface ConfirmView {
  title: string;
  /** "This removes the stakeholder X and its 3 links." */
  question: string;
  /** Each thing that goes with it, in words. */
  losses: string[];
  /** Where the form posts. */
  action: string;
  confirmLabel: string;
  cancelHref: string;
  /** Why it cannot be done now (then there is no button). */
  blocked?: string | null;
}

/**
 * The confirmation page of a destructive action: the question and the POST form with the CSRF
 * token. Its `#confirm-body` is what the dialog shows when JavaScript runs.
 */
export function confirmPage(ctx: PageContext, v: ConfirmView): SafeHtml {
  const { t } = ctx;
  return html`<div id="confirm-body" class="confirm">
    <h1 id="confirm-title">${v.title}</h1>
    <p id="confirm-question">${v.question}</p>
    ${
      v.losses.length
        ? html`<ul class="confirm-losses">
            ${v.losses.map((l) => html`<li>${l}</li>`)}
          </ul>`
        : ''
    }
    ${
      v.blocked
        ? html`<p class="warning" role="alert">${v.blocked}</p>
            <p><a href="${v.cancelHref}" data-confirm-cancel>${t('confirm.back')}</a></p>`
        : html`<form method="post" action="${v.action}" class="confirm-actions">
            <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
            <button type="submit" class="danger">${v.confirmLabel}</button>
            <a class="button secondary" href="${v.cancelHref}" data-confirm-cancel>${t('form.cancel')}</a>
          </form>`
    }
  </div>`;
}
