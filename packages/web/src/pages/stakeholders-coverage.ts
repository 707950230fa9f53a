import { html, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';

export interface CoverageView {
  rows: {
    area: string;
    count: number;
    engaged: number;
    roles: Record<string, number>;
    level: 'gap' | 'thin' | 'covered';
  }[];
  thin: number;
}

const MARK = { gap: '✖', thin: '▲', covered: '✔' } as const;

/** The coverage of the five areas: how many stakeholders, how many engaged, and which areas are thin. */
export function coverageTable(t: Translate, c: CoverageView): SafeHtml {
  return html`<div class="table-wrap">
    <table>
      <caption>
        ${t('stakeholders.coverageCaption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('stakeholders.area')}</th>
          <th scope="col" class="num">${t('stakeholders.coverageCount')}</th>
          <th scope="col" class="num">${t('stakeholders.coverageEngaged')}</th>
          <th scope="col">${t('stakeholders.roles')}</th>
          <th scope="col">${t('stakeholders.coverageLevel')}</th>
        </tr>
      </thead>
      <tbody>
        ${c.rows.map((r) => {
          const roles = Object.entries(r.roles)
            .filter(([, n]) => n > 0)
            .map(([role, n]) => `${t(`stakeholders.role.${role}`)} ${n}`)
            .join(', ');
          return html`<tr>
            <th scope="row">${t(`stakeholders.area.${r.area}`)}</th>
            <td class="num">${r.count}</td>
            <td class="num">${r.engaged}</td>
            <td>${roles || html`<span class="meta">—</span>`}</td>
            <td>
              <span aria-hidden="true">${MARK[r.level]}</span>
              ${r.level === 'covered' ? t('stakeholders.level.covered') : html`<strong>${t(`stakeholders.level.${r.level}`)}</strong>`}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
