import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { breadcrumb } from '../components/page-parts.ts';

/** The stakeholders taking part in one practice (organisations only). */
export function practiceStakeholdersPage(
  ctx: PageContext,
  practice: { id: string; name: string },
  items: { id: string; name: string; cityName: string | null; area: string; roles: string[] }[],
): SafeHtml {
  const { t } = ctx;
  return html`${breadcrumb(
      t,
      [
        ['/practices', t('nav.practices')],
        [`/practices/${practice.id}`, practice.name],
      ],
      t('stakeholders.ofPractice', { practice: practice.name }),
    )}
    <h1>${t('stakeholders.ofPractice', { practice: practice.name })}</h1>
    ${
      items.length
        ? html`<ul class="result-list">
            ${items.map(
              (s) =>
                html`<li>
                  <a href="/stakeholders/${s.id}">${s.name}</a>
                  <p class="meta">
                    ${s.cityName ?? ''} ·
                    ${t(`stakeholders.area.${s.area}`)}${s.roles.length ? ` · ${s.roles.map((r) => t(`stakeholders.role.${r}`)).join(', ')}` : ''}
                  </p>
                </li>`,
            )}
          </ul>`
        : html`<p>${t('stakeholders.ofPracticeNone')}</p>`
    }`;
}
