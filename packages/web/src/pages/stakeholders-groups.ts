import { sourceTitle } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { actionButton, breadcrumb, notice } from '../components/page-parts.ts';
import { errorSummary, selectField, textArea, textInput, type FormState } from '../components/form-fields.ts';

export interface GroupView {
  id: string;
  kind: 'local' | 'international';
  cityId: string | null;
  cityName: string | null;
  name: string;
  description: string | null;
  targetSize: number | string | null;
  currentMembers: number;
  engagementChallenges: string | null;
  members: {
    id: string;
    stakeholderId: string | null;
    stakeholderName: string | null;
    organisation: string | null;
    joined: string | null;
    left: string | null;
  }[];
  meetings: {
    id: string;
    date: string;
    title: string | null;
    agenda: string | null;
    attendance: number | null;
    minutes: string | null;
  }[];
  source: { document: string; section: string | null } | null;
}

export interface GroupPageView {
  group: GroupView;
  canEdit: boolean;
  /** Stakeholders that may join (the city's, or every city's for the international group). */
  candidates: { id: string; name: string }[];
  memberForm: FormState;
  meetingForm: FormState;
  formError: string | null;
  notice: string | null;
}

const paras = (s: string | null) =>
  (s ?? '')
    .split(/\n{2,}/)
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`);
const memberName = (m: GroupView['members'][number]) => m.stakeholderName ?? m.organisation ?? m.stakeholderId ?? '—';

/** The list of reference groups. */
export function groupListPage(ctx: PageContext, groups: GroupView[]): SafeHtml {
  const { t } = ctx;
  return html`<h1>${t('groups.title')}</h1>
    <p class="lead">${t('groups.lead')}</p>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${t('groups.title')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('groups.title')}</th>
            <th scope="col">${t('stakeholders.area')}</th>
            <th scope="col" class="num">${t('groups.members')}</th>
            <th scope="col">${t('groups.targetSize')}</th>
            <th scope="col" class="num">${t('groups.meetings')}</th>
          </tr>
        </thead>
        <tbody>
          ${groups.map(
            (g) =>
              html`<tr>
                <th scope="row"><a href="/reference-groups/${g.id}">${g.name}</a></th>
                <td>${t(`groups.kind.${g.kind}`)}</td>
                <td class="num">${g.currentMembers}</td>
                <td>${g.targetSize ?? ''}</td>
                <td class="num">${g.meetings.length}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

function editForms(ctx: PageContext, v: GroupPageView): SafeHtml {
  const { t } = ctx;
  const g = v.group;
  return html`${errorSummary(t, { values: {}, errors: { ...v.memberForm.errors, ...v.meetingForm.errors } }, (n) => n, v.formError)}
    <h3>${t('groups.addMember')}</h3>
    <form method="post" action="/reference-groups/${g.id}/members" novalidate>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${selectField(t, v.memberForm, { name: 'stakeholderId', label: t('groups.memberStakeholder'), options: [{ value: '', label: '—' }, ...v.candidates.map((c) => ({ value: c.id, label: c.name }))] })}
      ${textInput(t, v.memberForm, { name: 'organisation', label: t('groups.memberOrganisation'), size: 'long' })}
      ${textInput(t, v.memberForm, { name: 'joined', label: t('groups.joined'), hint: 'YYYY-MM-DD', size: 'short' })}
      <p><button type="submit">${t('groups.addMember')}</button></p>
    </form>
    <h3>${t('groups.addMeeting')}</h3>
    <form method="post" action="/reference-groups/${g.id}/meetings" novalidate>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${textInput(t, v.meetingForm, { name: 'date', label: t('stakeholders.date'), hint: 'YYYY-MM-DD', required: true, size: 'short' })}
      ${textInput(t, v.meetingForm, { name: 'title', label: t('groups.meetingTitle'), size: 'long' })}
      ${textArea(t, v.meetingForm, { name: 'agenda', label: t('groups.agenda'), rows: 3 })}
      ${textInput(t, v.meetingForm, { name: 'attendance', label: t('groups.attendance'), check: 'integer', size: 'short' })}
      ${textArea(t, v.meetingForm, { name: 'minutes', label: t('groups.minutes'), rows: 4 })}
      <p><button type="submit">${t('groups.addMeeting')}</button></p>
    </form>`;
}

/** A reference group: how it was set up, members over time, meetings and engagement challenges. */
export function groupPage(ctx: PageContext, v: GroupPageView): SafeHtml {
  const { t } = ctx;
  const g = v.group;
  return html`${breadcrumb(t, [['/reference-groups', t('groups.title')], ...(g.cityId ? [[`/cities/${g.cityId}/stakeholders`, t('stakeholders.title', { city: g.cityName ?? g.cityId })] as [string, string]] : [])], g.name)}
    <h1>${g.name}</h1>
    ${notice(v.notice)}
    <p>
      ${t(`groups.kind.${g.kind}`)} · ${t('groups.targetSize')}: ${g.targetSize ?? '—'} · ${t('groups.members')}:
      ${g.currentMembers}
    </p>
    <section aria-labelledby="members-h">
      <h2 id="members-h">${t('groups.members')}</h2>
      ${
        g.members.length
          ? html`<div class="table-wrap">
              <table>
                <caption>
                  ${t('groups.membersCaption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t('groups.member')}</th>
                    <th scope="col">${t('groups.joined')}</th>
                    <th scope="col">${t('groups.left')}</th>
                    ${v.canEdit ? html`<th scope="col"><span class="visually-hidden">${t('groups.left')}</span></th>` : ''}
                  </tr>
                </thead>
                <tbody>
                  ${g.members.map(
                    (m) =>
                      html`<tr>
                        <th scope="row">
                          ${m.stakeholderId ? html`<a href="/stakeholders/${m.stakeholderId}">${memberName(m)}</a>` : memberName(m)}
                        </th>
                        <td>${m.joined ?? '—'}</td>
                        <td>${m.left ?? html`<span class="meta">${t('groups.current')}</span>`}</td>
                        ${v.canEdit ? html`<td>${m.left ? '' : actionButton(`/reference-groups/${g.id}/members/${m.id}/leave`, ctx.csrfToken, t('groups.left'), { secondary: true, ariaLabel: t('groups.leave', { name: memberName(m) }) })}</td>` : ''}
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p>${t('groups.noMembers')}</p>`
      }
    </section>
    <section aria-labelledby="meetings-h">
      <h2 id="meetings-h">${t('groups.meetings')}</h2>
      ${
        g.meetings.length
          ? html`<div class="table-wrap">
              <table>
                <caption>
                  ${t('groups.meetingsCaption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t('stakeholders.date')}</th>
                    <th scope="col">${t('groups.meetingTitle')}</th>
                    <th scope="col" class="num">${t('groups.attendance')}</th>
                    <th scope="col">${t('groups.agenda')}</th>
                    <th scope="col">${t('groups.minutes')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${g.meetings.map(
                    (m) =>
                      html`<tr>
                        <th scope="row">${m.date}</th>
                        <td>${m.title ?? ''}</td>
                        <td class="num">${m.attendance ?? ''}</td>
                        <td>${paras(m.agenda)}</td>
                        <td>${paras(m.minutes)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p>${t('groups.noMeetings')}</p>`
      }
    </section>
    ${v.canEdit ? editForms(ctx, v) : ''}
    ${
      g.description
        ? html`<section aria-labelledby="desc-h">
            <h2 id="desc-h">${t('groups.description')}</h2>
            ${paras(g.description)}
          </section>`
        : ''
    }
    ${
      g.engagementChallenges
        ? html`<section aria-labelledby="challenges-h">
            <h2 id="challenges-h">${t('groups.challenges')}</h2>
            ${paras(g.engagementChallenges)}
          </section>`
        : ''
    }
    ${g.source ? html`<p class="meta">${t('groups.source', { document: sourceTitle(g.source.document), section: g.source.section ?? '' })}</p>` : ''}`;
}
