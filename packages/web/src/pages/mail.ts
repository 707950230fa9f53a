import '../messages/en/mail.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';

/** A message of the outbox as the pages show it. */
export interface OutboxItem {
  id: string;
  to: string;
  template: string;
  subject: string;
  state: 'queued' | 'sent' | 'failed';
  error: string | null;
  createdAt: string;
  sentAt: string | null;
  attachments: { position: number; filename: string; contentType: string; size: number }[];
}

const when = (iso: string) => html`<time datetime="${iso}">${iso.slice(0, 19).replace('T', ' ')} UTC</time>`;

/** The outbox: every message, newest first, with its state. */
export function outboxPage(
  ctx: PageContext,
  v: { items: OutboxItem[]; smtp: boolean; newer: string | null; older: string | null },
): SafeHtml {
  const { t } = ctx;
  return html`<h1>${t('outbox.title')}</h1>
    <p>${t('outbox.intro')}</p>
    <p class="notice">${t(v.smtp ? 'outbox.smtp.on' : 'outbox.smtp.off')}</p>
    ${
      v.items.length
        ? html`<table>
            <thead>
              <tr>
                <th scope="col">${t('outbox.col.created')}</th>
                <th scope="col">${t('outbox.col.to')}</th>
                <th scope="col">${t('outbox.col.subject')}</th>
                <th scope="col">${t('outbox.col.template')}</th>
                <th scope="col">${t('outbox.col.state')}</th>
              </tr>
            </thead>
            <tbody>
              ${v.items.map(
                (m) =>
                  html`<tr>
                    <td>${when(m.createdAt)}</td>
                    <td>${m.to}</td>
                    <td><a href="/admin/outbox/${m.id}">${m.subject}</a></td>
                    <td>${m.template}</td>
                    <td>${t(`outbox.state.${m.state}`)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p>${t('outbox.empty')}</p>`
    }
    <p>
      ${v.newer ? html`<a href="${v.newer}">${t('outbox.newer')}</a>` : ''}
      ${v.older ? html`<a href="${v.older}">${t('outbox.older')}</a>` : ''}
    </p>`;
}

/** One message: its state, headers, plain text, HTML (shown as source, never rendered) and attachments. */
export function outboxMessagePage(
  ctx: PageContext,
  m: OutboxItem & { text: string; html: string; headers: Record<string, string> },
): SafeHtml {
  const { t } = ctx;
  const headers = Object.entries(m.headers);
  return html`<p><a href="/admin/outbox">${t('outbox.back')}</a></p>
    <h1>${m.subject}</h1>
    <dl>
      <dt>${t('outbox.col.to')}</dt>
      <dd>${m.to}</dd>
      <dt>${t('outbox.col.template')}</dt>
      <dd>${m.template}</dd>
      <dt>${t('outbox.col.created')}</dt>
      <dd>${when(m.createdAt)}</dd>
      <dt>${t('outbox.col.state')}</dt>
      <dd>
        ${t(`outbox.state.${m.state}`)} ${m.sentAt ? html`(${t('outbox.sentAt', { when: m.sentAt })})` : ''}
        ${m.error ? html`<p class="warning">${t('outbox.error', { error: m.error })}</p>` : ''}
      </dd>
      ${
        headers.length
          ? html`<dt>${t('outbox.headers')}</dt>
              ${headers.map(([k, val]) => html`<dd><code>${k}: ${val}</code></dd>`)}`
          : ''
      }
    </dl>
    <h2>${t('outbox.text')}</h2>
    <pre class="mail-text">${m.text}</pre>
    <h2>${t('outbox.html')}</h2>
    <pre class="mail-html">${m.html}</pre>
    <h2>${t('outbox.attachments')}</h2>
    ${
      m.attachments.length
        ? html`<ul>
            ${m.attachments.map(
              (a) =>
                html`<li>
                  <a href="/admin/outbox/${m.id}/attachments/${a.position}">${a.filename}</a> (${a.contentType},
                  ${a.size} B)
                </li>`,
            )}
          </ul>`
        : html`<p>${t('outbox.noAttachments')}</p>`
    }`;
}

/** Unsubscribing by a signed link: the question and its button, or what was done. */
export function unsubscribePage(
  ctx: PageContext,
  v: { action: string; email: string; category: string; done: boolean },
): SafeHtml {
  const { t } = ctx;
  const params = { email: v.email, category: t(`unsubscribe.category.${v.category}`) };
  return html`<div class="narrow">
    <h1>${t('unsubscribe.title')}</h1>
    ${
      v.done
        ? html`<p role="status">${t('unsubscribe.done', params)}</p>`
        : html`<p>${t('unsubscribe.question', params)}</p>
            <form method="post" action="${v.action}">
              <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
              <button type="submit">${t('unsubscribe.button')}</button>
            </form>`
    }
  </div>`;
}
