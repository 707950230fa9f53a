import { COMMITMENT_ROLES, sourceTitle } from '@convivio/shared';
import { html, paragraphs, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';

/** How many entries are planned, in progress, achieved and dropped. */
export interface CharterCountsView {
  planned: number;
  inProgress: number;
  achieved: number;
  dropped: number;
}

export interface CharterReportView {
  byCommitment: ({ commitmentId: string; role: string; text: string } & CharterCountsView)[];
  byCity: ({ cityId: string; cityName: string; signatory: boolean } & CharterCountsView)[];
}

export interface CharterPageView {
  charter: {
    name: string;
    description: string | null;
    signatoryCount: number | null;
    commitments: { id: string; role: string; text: string }[];
    source: { document: string; section: string | null } | null;
  } | null;
  signatories: { id: string; name: string; signedOn: string | null }[];
  report: CharterReportView;
}

const STATUS_KEYS = ['planned', 'in-progress', 'achieved', 'dropped'] as const;
const countsOf = (c: CharterCountsView) => [c.planned, c.inProgress, c.achieved, c.dropped];

/** The column headers shared by both report tables, after the row header's column. */
function statusHeaders(ctx: PageContext): SafeHtml {
  return html`${STATUS_KEYS.map((s) => html`<th scope="col" class="num">${ctx.t(`charter.status.${s}`)}</th>`)}`;
}

/** The report tables: cities per commitment, commitments per city. */
export function charterReportTables(ctx: PageContext, r: CharterReportView): SafeHtml {
  const { t } = ctx;
  const sameRole = (role: string) => r.byCommitment.filter((c) => c.role === role).length;
  const label = (c: CharterReportView['byCommitment'][number], i: number) =>
    `${t(`charter.roleShort.${c.role}`)}${sameRole(c.role) > 1 ? ` (${r.byCommitment.slice(0, i + 1).filter((x) => x.role === c.role).length})` : ''}`;
  return html`<div class="table-wrap">
      <table>
        <caption>
          ${t('charter.reportByCommitment')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('charter.commitment')}</th>
            ${statusHeaders(ctx)}
          </tr>
        </thead>
        <tbody>
          ${r.byCommitment.map(
            (c, i) =>
              html`<tr>
                <th scope="row">${label(c, i)}</th>
                ${countsOf(c).map((n) => html`<td class="num">${n}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      r.byCity.length
        ? html`<div class="table-wrap">
            <table>
              <caption>
                ${t('charter.reportByCity')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('charter.city')}</th>
                  <th scope="col">${t('charter.signatory')}</th>
                  ${statusHeaders(ctx)}
                </tr>
              </thead>
              <tbody>
                ${r.byCity.map(
                  (c) =>
                    html`<tr>
                      <th scope="row"><a href="/cities/${c.cityId}/commitments">${c.cityName}</a></th>
                      <td>${t(c.signatory ? 'charter.yes' : 'charter.no')}</td>
                      ${countsOf(c).map((n) => html`<td class="num">${n}</td>`)}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${t('charter.reportNone')}</p>`
    }
    <p>
      ${t('charter.download')} <a href="/api/v1/charter/report?format=csv">${t('charter.downloadCsv')}</a> ·
      <a href="/api/v1/charter/report?format=json">${t('charter.downloadJson')}</a>
    </p>`;
}

/** The /charter page: what the charter is, its commitments by role, its signatory cities and where they stand. */
export function charterPage(ctx: PageContext, v: CharterPageView): SafeHtml {
  const { t } = ctx;
  const c = v.charter;
  if (!c)
    return html`<h1>${t('charter.title')}</h1>
      <p class="lead">${t('charter.lead')}</p>
      <p>${t('charter.none')}</p>`;
  return html`<h1>${c.name}</h1>
    <p class="lead">${t('charter.lead')}</p>
    <p><a href="/charter/cycles">${t('cycles.link')}</a></p>
    <section aria-labelledby="charter-about-h">
      <h2 id="charter-about-h">${t('charter.about')}</h2>
      ${paragraphs(c.description)}
      ${c.source ? html`<p class="meta">${c.source.section ? t('charter.source', { document: sourceTitle(c.source.document), section: c.source.section }) : t('charter.sourceDocument', { document: sourceTitle(c.source.document) })}</p>` : ''}
    </section>
    <section aria-labelledby="charter-roles-h">
      <h2 id="charter-roles-h">${t('charter.roles')}</h2>
      ${COMMITMENT_ROLES.map((role) => {
        const listed = c.commitments.filter((x) => x.role === role);
        return html`<h3>${t(`charter.role.${role}`)}</h3>
          ${
            listed.length
              ? html`<ul>
                  ${listed.map((x) => html`<li>${x.text}</li>`)}
                </ul>`
              : html`<p>${t('charter.noCommitment')}</p>`
          }`;
      })}
    </section>
    <section aria-labelledby="charter-signatories-h">
      <h2 id="charter-signatories-h">${t('charter.signatories')}</h2>
      ${c.signatoryCount !== null ? html`<p>${t('charter.signatoryCount', { count: c.signatoryCount })}</p>` : ''}
      ${
        v.signatories.length
          ? html`<p>${t('charter.signatoriesListed', { count: v.signatories.length })}</p>
              <ul>
                ${v.signatories.map(
                  (s) =>
                    html`<li>
                      <a href="/cities/${s.id}">${s.name}</a
                      >${s.signedOn ? html` · ${t('charter.signedOn', { date: s.signedOn })}` : ''} ·
                      <a href="/cities/${s.id}/commitments">${t('charter.commitmentsOf', { city: s.name })}</a>
                    </li>`,
                )}
              </ul>`
          : html`<p>${t('charter.noSignatories')}</p>`
      }
    </section>
    <section aria-labelledby="charter-report-h">
      <h2 id="charter-report-h">${t('charter.report')}</h2>
      ${charterReportTables(ctx, v.report)}
    </section>`;
}
