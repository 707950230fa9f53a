import { html, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';
import { formatDateTime } from './labels.ts';
import { actionButton } from './page-parts.ts';

/** One saved version of a record. */
export interface RevisionView {
  version: number;
  action: string;
  status: string;
  authorName: string | null;
  createdAt: string;
}

/** Who made a revision, without their email address ("Ana Ruiz <ana@…>" → "Ana Ruiz"). */
export function revisionAuthor(t: Translate, authorName: string | null): string {
  if (!authorName || authorName === 'import') return t('history.imported');
  return authorName.replace(/\s*<[^>]*>\s*$/, '');
}

/** The words for a revision's action ("restore of version 3" → "Restored version 3"). */
export function revisionAction(t: Translate, action: string): string {
  const restore = /^restore of version (\d+)$/.exec(action);
  if (restore) return t('history.action.restore', { version: restore[1]! });
  const key = `history.action.${action}`;
  const label = t(key);
  return label === key ? action : label;
}

/**
 * The versions of a record, newest first: who, when, what, a link to view each and a
 * button to restore any earlier one. `base` is the record's address (/practices/id).
 */
export function revisionTable(
  t: Translate,
  lang: string,
  base: string,
  csrfToken: string | null,
  revisions: RevisionView[],
): SafeHtml {
  const current = revisions[0]?.version;
  return html`<div class="table-wrap" role="region" aria-labelledby="history-caption" tabindex="0">
    <table class="history">
      <caption id="history-caption">
        ${t('history.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('history.version')}</th>
          <th scope="col">${t('history.action')}</th>
          <th scope="col">${t('history.status')}</th>
          <th scope="col">${t('history.author')}</th>
          <th scope="col">${t('history.date')}</th>
          <th scope="col"><span class="visually-hidden">${t('history.view')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${revisions.map(
          (r) =>
            html`<tr>
              <th scope="row">${r.version}</th>
              <td>${revisionAction(t, r.action)}</td>
              <td>${t(`record.status.${r.status}`)}</td>
              <td>${revisionAuthor(t, r.authorName)}</td>
              <td><time datetime="${r.createdAt}">${formatDateTime(lang, r.createdAt)}</time></td>
              <td>
                <div class="row-actions">
                  <a
                    href="${base}/history/${r.version}"
                    aria-label="${t('history.viewVersion', { version: r.version })}"
                    >${t('history.view')}</a
                  >
                  ${
                    r.version === current
                      ? html`<span class="meta">${t('history.current')}</span>`
                      : actionButton(`${base}/history/${r.version}/restore`, csrfToken, t('history.restore'), {
                          secondary: true,
                          ariaLabel: t('history.restoreVersion', { version: r.version }),
                        })
                  }
                </div>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The banner over an old version: whose it is, when it was saved, and a restore button. */
export function revisionBanner(
  t: Translate,
  lang: string,
  base: string,
  csrfToken: string | null,
  r: RevisionView,
  currentVersion: number,
): SafeHtml {
  return html`<div class="notice revision-banner">
    <p>
      ${t(!r.authorName || r.authorName === 'import' ? 'history.revisionNoticeImport' : 'history.revisionNotice', {
        version: r.version,
        author: revisionAuthor(t, r.authorName),
        date: formatDateTime(lang, r.createdAt),
        current: currentVersion,
      })}
    </p>
    <div class="actions">
      ${r.version !== currentVersion ? actionButton(`${base}/history/${r.version}/restore`, csrfToken, t('history.restoreVersion', { version: r.version })) : ''}
      <a href="${base}/history">${t('history.back')}</a>
    </div>
  </div>`;
}
