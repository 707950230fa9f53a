import { COMMITMENT_STATUSES } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { breadcrumb, notice } from '../components/page-parts.ts';
import {
  choiceGroup,
  errorSummary,
  selectField,
  textArea,
  textInput,
  validationMessages,
  type FormState,
} from '../components/form-fields.ts';

export interface CityCommitmentView {
  commitment: { id: string; role: string; text: string };
  status: string | null;
  note: string | null;
  evidenceLinks: string[];
  practices: { id: string; name: string }[];
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface CityCommitmentsPageView {
  city: { id: string; name: string };
  signatory: { signed: boolean; signedOn: string | null };
  items: CityCommitmentView[];
  /** Set for the city's editors and administrators: the practices the form offers. */
  edit: { practices: { id: string; name: string }[] } | null;
  /** Administrators may say whether the city signed. */
  canSetSignatory: boolean;
  /** The form whose values and errors `form` holds (a commitment id, or `signatory`). */
  formFor: string | null;
  form: FormState;
  formError: string | null;
  notice: string | null;
}

/** The name of a commitment form's field (`charter-integrating-cities-buyer.status`): unique on the page. */
export const commitmentField = (commitmentId: string, field: string) => `${commitmentId}.${field}`;

function commitmentForm(
  ctx: PageContext,
  v: CityCommitmentsPageView,
  item: CityCommitmentView,
  offered: { id: string; name: string }[],
): SafeHtml {
  const { t } = ctx;
  const id = item.commitment.id;
  const f = (name: string) => commitmentField(id, name);
  const role = t(`charter.roleShort.${item.commitment.role}`);
  const mine = v.formFor === id;
  const state: FormState = mine
    ? v.form
    : {
        values: {
          [f('status')]: item.status ?? 'planned',
          [f('note')]: item.note ?? '',
          [f('evidenceLinks')]: item.evidenceLinks.join('\n'),
          [f('practiceIds')]: item.practices.map((p) => p.id),
        },
        errors: {},
      };
  const options = [...offered, ...item.practices.filter((p) => !offered.some((o) => o.id === p.id))];
  return html`<details ${mine ? html`open` : ''}>
    <summary>${t('charter.editOne', { role })}</summary>
    <p class="hint">${item.commitment.text}</p>
    <form
      method="post"
      action="/cities/${v.city.id}/commitments/${id}"
      novalidate
      data-validate
      ${validationMessages(t)}
    >
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${selectField(t, state, { name: f('status'), label: t('charter.status'), required: true, options: COMMITMENT_STATUSES.map((s) => ({ value: s, label: t(`charter.status.${s}`) })) })}
      ${textArea(t, state, { name: f('note'), label: t('charter.note'), rows: 3, maxlength: 5000 })}
      ${textArea(t, state, { name: f('evidenceLinks'), label: t('charter.evidenceLinks'), hint: t('charter.evidenceHint'), check: 'url-lines', rows: 3 })}
      ${options.length ? choiceGroup(t, state, { name: f('practiceIds'), legend: t('charter.practices'), type: 'checkbox', options: options.map((p) => ({ value: p.id, label: p.name })) }) : ''}
      <p><button type="submit">${t('charter.save', { role })}</button></p>
    </form>
  </details>`;
}

function signatoryForm(ctx: PageContext, v: CityCommitmentsPageView): SafeHtml {
  const { t } = ctx;
  const state: FormState =
    v.formFor === 'signatory'
      ? v.form
      : { values: { signed: v.signatory.signed ? 'yes' : 'no', signedOn: v.signatory.signedOn ?? '' }, errors: {} };
  return html`<section aria-labelledby="signatory-h">
    <h2 id="signatory-h">${t('charter.signatoryForm')}</h2>
    <form
      method="post"
      action="/cities/${v.city.id}/charter-signatory"
      novalidate
      data-validate
      ${validationMessages(t)}
    >
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${choiceGroup(t, state, {
        name: 'signed',
        legend: t('charter.signed'),
        type: 'radio',
        options: [
          { value: 'yes', label: t('charter.yes') },
          { value: 'no', label: t('charter.no') },
        ],
      })}
      ${textInput(t, state, { name: 'signedOn', label: t('charter.signedOnLabel'), hint: t('charter.signedOnHint'), size: 'short' })}
      <p><button type="submit">${t('charter.saveSignatory')}</button></p>
    </form>
  </section>`;
}

function statusLine(ctx: PageContext, v: CityCommitmentsPageView): string {
  const { t } = ctx;
  const city = v.city.name;
  if (!v.signatory.signed) return t('charter.cityNotSigned', { city });
  return v.signatory.signedOn
    ? t('charter.citySignedOn', { city, date: v.signatory.signedOn })
    : t('charter.citySigned', { city });
}

/** A city's commitments under the charter with their statuses, and the forms for those allowed to change them. */
export function cityCommitmentsPage(ctx: PageContext, v: CityCommitmentsPageView): SafeHtml {
  const { t } = ctx;
  const city = v.city.name;
  const labelFor = (name: string) => {
    const field = name.split('.').pop() ?? name;
    return (
      (
        {
          status: t('charter.status'),
          note: t('charter.note'),
          evidenceLinks: t('charter.evidenceLinks'),
          practiceIds: t('charter.practices'),
          signed: t('charter.signed'),
          signedOn: t('charter.signedOnLabel'),
        } as Record<string, string>
      )[field] ?? field
    );
  };
  return html`${breadcrumb(
      t,
      [
        ['/cities', t('nav.cities')],
        [`/cities/${v.city.id}`, city],
        ['/charter', t('charter.backToCharter')],
      ],
      t('charter.cityTitle', { city }),
    )}
    <h1>${t('charter.cityTitle', { city })}</h1>
    ${notice(v.notice)}
    <p class="lead">${t('charter.cityLead', { city })}</p>
    <p>${statusLine(ctx, v)}</p>
    ${errorSummary(t, v.form, labelFor, v.formError)}
    <div class="table-wrap" role="region" aria-labelledby="commitments-caption" tabindex="0">
      <table>
        <caption id="commitments-caption">
          ${t('charter.cityTable', { city })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('charter.role')}</th>
            <th scope="col">${t('charter.commitment')}</th>
            <th scope="col">${t('charter.status')}</th>
            <th scope="col">${t('charter.note')}</th>
            <th scope="col">${t('charter.practices')}</th>
            <th scope="col">${t('charter.evidence')}</th>
            <th scope="col">${t('charter.updated')}</th>
          </tr>
        </thead>
        <tbody>
          ${v.items.map(
            (i) =>
              html`<tr>
                <th scope="row">${t(`charter.roleShort.${i.commitment.role}`)}</th>
                <td>${i.commitment.text}</td>
                <td>${t(`charter.status.${i.status ?? 'none'}`)}</td>
                <td>${i.note ?? ''}</td>
                <td>
                  ${
                    i.practices.length
                      ? html`<ul>
                          ${i.practices.map((p) => html`<li><a href="/practices/${p.id}">${p.name}</a></li>`)}
                        </ul>`
                      : ''
                  }
                </td>
                <td>
                  ${
                    i.evidenceLinks.length
                      ? html`<ul>
                          ${i.evidenceLinks.map((l) => html`<li><a href="${l}">${l}</a></li>`)}
                        </ul>`
                      : ''
                  }
                </td>
                <td>
                  ${i.updatedAt ? (i.updatedBy ? t('charter.updatedBy', { date: i.updatedAt.slice(0, 10), name: i.updatedBy }) : i.updatedAt.slice(0, 10)) : ''}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      v.edit
        ? html`<section aria-labelledby="commitments-edit-h">
            <h2 id="commitments-edit-h">${t('charter.edit')}</h2>
            ${v.items.map((i) => commitmentForm(ctx, v, i, v.edit!.practices))}
          </section>`
        : ''
    }
    ${v.canSetSignatory ? signatoryForm(ctx, v) : ''}`;
}
