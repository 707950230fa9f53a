import { ACTION_STATUSES } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { errorSummary, selectField, textInput, type FormState } from '../components/form-fields.ts';
import { formatDate } from '../components/labels.ts';
import { notice } from '../components/page-parts.ts';

export interface ActionPlanPageView {
  programme: { id: string; name: string };
  city: { id: string; name: string };
  plan: {
    endorsement: { body: string; endorsedOn: string | null } | null;
    actions: { id: string; title: string; owner: string | null; deadline: string | null; status: string }[];
  };
  canEdit: boolean;
  /** Which form `form` belongs to: `action` (the new action), `endorsement`, or an action's id. */
  formFor: string | null;
  form: FormState;
  formError: string | null;
  notice: string | null;
}

const LABELS: Record<string, string> = {
  title: 'mentoring.action',
  owner: 'mentoring.owner',
  deadline: 'mentoring.deadline',
  status: 'mentoring.status',
  body: 'mentoring.endorsingBody',
  endorsedOn: 'mentoring.endorsedOnLabel',
};

/** A city's action plan in a programme, with the forms for its editors. */
export function actionPlanPage(ctx: PageContext, v: ActionPlanPageView): SafeHtml {
  const { t } = ctx;
  const base = `/mentoring/${v.programme.id}/plans/${v.city.id}`;
  const state = (which: string): FormState => (v.formFor === which ? v.form : { values: {}, errors: {} });
  const statusOptions = ACTION_STATUSES.map((s) => ({ value: s, label: t(`mentoring.status.${s}`) }));
  const e = v.plan.endorsement;
  const endorsementState: FormState =
    v.formFor === 'endorsement'
      ? v.form
      : { values: { body: e?.body ?? '', endorsedOn: e?.endorsedOn ?? '' }, errors: {} };
  const csrf = html`<input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />`;
  return html`<p><a href="/mentoring/${v.programme.id}">${v.programme.name}</a></p>
    <h1>${t('mentoring.planOf', { city: v.city.name })}</h1>
    <p class="lead">${t('mentoring.planLead')}</p>
    ${notice(v.notice)} ${errorSummary(t, v.form, (n) => t(LABELS[n] ?? n), v.formError)}
    <section aria-labelledby="endorsement-h">
      <h2 id="endorsement-h">${t('mentoring.endorsement')}</h2>
      <p>
        ${
          e
            ? e.endorsedOn
              ? t('mentoring.endorsedOn', { body: e.body, date: formatDate(ctx.lang, e.endorsedOn) })
              : t('mentoring.endorsedBy', { body: e.body })
            : t('mentoring.notEndorsed')
        }
      </p>
      ${
        v.canEdit
          ? html`<form method="post" action="${base}/endorsement" novalidate>
              ${csrf}
              ${textInput(t, endorsementState, { name: 'body', label: t('mentoring.endorsingBody'), maxlength: 300 })}
              ${textInput(t, endorsementState, { name: 'endorsedOn', label: t('mentoring.endorsedOnLabel'), hint: t('mentoring.deadlineHint'), size: 'short' })}
              <button type="submit">${t('mentoring.save')}</button>
            </form>`
          : ''
      }
    </section>
    <section aria-labelledby="actions-h">
      <h2 id="actions-h">${t('mentoring.actions')}</h2>
      ${
        v.plan.actions.length
          ? html`<div class="table-wrap" role="region" aria-labelledby="actions-h" tabindex="0">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${t('mentoring.action')}</th>
                    <th scope="col">${t('mentoring.owner')}</th>
                    <th scope="col">${t('mentoring.deadline')}</th>
                    <th scope="col">${t('mentoring.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${v.plan.actions.map(
                    (a) =>
                      html`<tr>
                        <th scope="row">${a.title}</th>
                        <td>${a.owner ?? ''}</td>
                        <td>${a.deadline ? formatDate(ctx.lang, a.deadline) : ''}</td>
                        <td>
                          ${
                            v.canEdit
                              ? html`<form method="post" action="${base}/actions/${a.id}" class="inline-form">
                                  ${csrf}
                                  <input type="hidden" name="title" value="${a.title}" />
                                  <input type="hidden" name="owner" value="${a.owner ?? ''}" />
                                  <input type="hidden" name="deadline" value="${a.deadline ?? ''}" />
                                  <label for="status-${a.id}" class="visually-hidden"
                                    >${t('mentoring.status')}: ${a.title}</label
                                  >
                                  <select id="status-${a.id}" name="status">
                                    ${statusOptions.map((o) => html`<option value="${o.value}" ${o.value === a.status ? html`selected` : ''}>${o.label}</option>`)}
                                  </select>
                                  <button type="submit" class="secondary">${t('mentoring.save')}</button>
                                </form>`
                              : t(`mentoring.status.${a.status}`)
                          }
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p>${t('mentoring.noActions')}</p>`
      }
    </section>
    ${
      v.canEdit
        ? html`<section aria-labelledby="add-action-h">
            <h2 id="add-action-h">${t('mentoring.addAction')}</h2>
            <form method="post" action="${base}/actions" novalidate>
              ${csrf}
              ${textInput(t, state('action'), { name: 'title', label: t('mentoring.action'), required: true, maxlength: 300 })}
              ${textInput(t, state('action'), { name: 'owner', label: t('mentoring.owner'), hint: t('mentoring.ownerHint'), maxlength: 300 })}
              ${textInput(t, state('action'), { name: 'deadline', label: t('mentoring.deadline'), hint: t('mentoring.deadlineHint'), size: 'short' })}
              ${selectField(t, state('action'), { name: 'status', label: t('mentoring.status'), options: statusOptions })}
              <button type="submit">${t('mentoring.addAction')}</button>
            </form>
          </section>`
        : ''
    }`;
}
