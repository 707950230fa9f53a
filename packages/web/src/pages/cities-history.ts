import type { CityRecord } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { breadcrumb, notice } from '../components/page-parts.ts';
import { revisionBanner, revisionTable, type RevisionView } from '../components/revision-table.ts';
import { cityProfilePage } from './cities-profile.ts';

/** The history page of a city profile. */
export function cityHistoryPage(
  ctx: PageContext,
  v: { id: string; name: string; revisions: RevisionView[]; notice?: string | null },
): SafeHtml {
  const { t } = ctx;
  return html`${breadcrumb(
      t,
      [
        ['/cities', t('cities.title')],
        [`/cities/${v.id}`, v.name],
      ],
      t('city.history'),
    )}
    ${notice(v.notice)}
    <h1>${t('city.history.title', { name: v.name })}</h1>
    <p>${t('history.intro')}</p>
    ${revisionTable(t, ctx.lang, `/cities/${v.id}`, ctx.csrfToken, v.revisions)}`;
}

/** One earlier version of a city profile, shown in full with a restore button. */
export function cityRevisionPage(
  ctx: PageContext,
  v: { revision: RevisionView; record: CityRecord; currentVersion: number },
): SafeHtml {
  const { t } = ctx;
  const base = `/cities/${v.record.id}`;
  const profile = cityProfilePage(ctx, {
    record: v.record,
    status: v.revision.status,
    updatedAt: v.revision.createdAt,
    practices: null,
    canEdit: false,
  });
  return html`<p class="revision-title">
      ${t('city.revision.title', { version: v.revision.version, name: v.record.name })}
    </p>
    ${revisionBanner(t, ctx.lang, base, ctx.csrfToken, v.revision, v.currentVersion)} ${profile}`;
}
