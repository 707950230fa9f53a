import type { PracticeRecord } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { breadcrumb, notice } from '../components/page-parts.ts';
import { revisionBanner, revisionTable, type RevisionView } from '../components/revision-table.ts';
import { revisionCompareForm, revisionDiff, type FieldDiffView } from '../components/revision-diff.ts';
import { practiceFieldLabel } from './practices-form.ts';
import { practiceSections, practiceSummary } from './practices-detail.ts';

/** The history page of a practice: every version with who, when and what. */
export function practiceHistoryPage(
  ctx: PageContext,
  v: { id: string; name: string; revisions: RevisionView[]; notice?: string | null },
): SafeHtml {
  const { t } = ctx;
  return html`${breadcrumb(
      t,
      [
        ['/practices', t('practice.breadcrumb')],
        [`/practices/${v.id}`, v.name],
      ],
      t('practice.history'),
    )}
    ${notice(v.notice)}
    <h1>${t('practice.history.title', { name: v.name })}</h1>
    <p>${t('history.intro')}</p>
    ${revisionTable(t, ctx.lang, `/practices/${v.id}`, ctx.csrfToken, v.revisions)}
    ${revisionCompareForm(
      t,
      `/practices/${v.id}`,
      v.revisions.map((r) => r.version),
    )}`;
}

/** What changed between two versions of a practice, field by field, with the form to pick two others. */
export function practiceComparePage(
  ctx: PageContext,
  v: { id: string; name: string; from: number; to: number; versions: number[]; fields: FieldDiffView[] },
): SafeHtml {
  const { t } = ctx;
  const base = `/practices/${v.id}`;
  return html`${breadcrumb(
      t,
      [
        ['/practices', t('practice.breadcrumb')],
        [base, v.name],
        [`${base}/history`, t('practice.history')],
      ],
      t('history.compare.button'),
    )}
    <h1>${t('history.compare.title', { from: v.from, to: v.to, name: v.name })}</h1>
    <p>${t('history.compare.intro')}</p>
    ${revisionDiff(t, v.fields, (f) => practiceFieldLabel(ctx, f))}
    ${revisionCompareForm(t, base, v.versions, { from: v.from, to: v.to })}
    <p><a href="${base}/history">${t('history.back')}</a></p>`;
}

/** One earlier version of a practice, shown in full with a restore button. */
export function practiceRevisionPage(
  ctx: PageContext,
  v: { revision: RevisionView; record: PracticeRecord; currentVersion: number; cityNames: Record<string, string> },
): SafeHtml {
  const { t } = ctx;
  const rec = v.record;
  const base = `/practices/${rec.id}`;
  const city = rec.cityId ? { id: rec.cityId, name: v.cityNames[rec.cityId] ?? rec.cityId, country: null } : null;
  return html`${breadcrumb(
      t,
      [
        ['/practices', t('practice.breadcrumb')],
        [base, rec.name],
        [`${base}/history`, t('practice.history')],
      ],
      t('history.version') + ' ' + v.revision.version,
    )}
    <h1>${t('practice.revision.title', { version: v.revision.version, name: rec.name })}</h1>
    ${revisionBanner(t, ctx.lang, base, ctx.csrfToken, v.revision, v.currentVersion)}
    <article class="practice">
      ${practiceSummary(ctx, { record: rec, status: v.revision.status, updatedAt: v.revision.createdAt, city, cityNames: v.cityNames })}
      ${practiceSections(ctx, rec)}
    </article>`;
}
