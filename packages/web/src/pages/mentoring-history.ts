import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { formatDateTime } from '../components/labels.ts';
import { revisionAction, revisionAuthor } from '../components/revision-table.ts';

export interface MentoringHistoryPageView {
  programme: { id: string; name: string };
  /** The changes, newest first. */
  changes: {
    entityType: string;
    subject: string;
    city: string | null;
    action: string;
    version: number;
    authorName: string | null;
    createdAt: string;
  }[];
}

/** A programme's recorded changes (offers, requests, study visits, action plans, self-checks): what, whose, who, when. */
export function mentoringHistoryPage(ctx: PageContext, v: MentoringHistoryPageView): SafeHtml {
  const { t } = ctx;
  return html`<p><a href="/mentoring/${v.programme.id}">${v.programme.name}</a></p>
    <h1>${t('mentoring.historyOf', { programme: v.programme.name })}</h1>
    <p>${t('mentoring.historyLead')}</p>
    ${
      v.changes.length
        ? html`<div class="table-wrap" role="region" aria-labelledby="history-caption" tabindex="0">
            <table class="history">
              <caption id="history-caption">
                ${t('mentoring.historyCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('history.date')}</th>
                  <th scope="col">${t('mentoring.historyWhat')}</th>
                  <th scope="col">${t('mentoring.city')}</th>
                  <th scope="col">${t('history.action')}</th>
                  <th scope="col">${t('history.author')}</th>
                </tr>
              </thead>
              <tbody>
                ${v.changes.map(
                  (c) =>
                    html`<tr>
                      <th scope="row">
                        <time datetime="${c.createdAt}">${formatDateTime(ctx.lang, c.createdAt)}</time>
                      </th>
                      <td>${t(`mentoring.entity.${c.entityType}`)}${c.subject ? html`: ${c.subject}` : ''}</td>
                      <td>${c.city ?? ''}</td>
                      <td>${c.action === 'delete' ? t('mentoring.historyWithdrawn') : revisionAction(t, c.action)}</td>
                      <td>${revisionAuthor(t, c.authorName)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${t('mentoring.historyNone')}</p>`
    }`;
}
