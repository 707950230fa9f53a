import '../messages/en/access.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import {
  errorSummary,
  selectField,
  textInput,
  validationMessages,
  type FieldOptions,
  type FormState,
} from '../components/form-fields.ts';
import { notice } from '../components/page-parts.ts';

/** One of the account forms (sign up, forgot, reset, change address or password, accept an invitation). */
export interface AccessFormView {
  title: string;
  intro?: string | null;
  action: string;
  fields: FieldOptions[];
  state: FormState;
  button: string;
  /** A problem with the whole form (e.g. wrong current password, too many attempts). */
  failure?: string | null;
  /** A confirmation (the change is made). */
  notice?: string | null;
  /** Links under the form: [href, label]. */
  links?: [string, string][];
}

/** Ways on under a form or a message: a plain list of links. */
function linkList(links: [string, string][] | undefined): SafeHtml {
  return links?.length
    ? html`<ul class="plain-list">
        ${links.map(([href, label]) => html`<li><a href="${href}">${label}</a></li>`)}
      </ul>`
    : html``;
}

/** An account form: error summary, labelled fields, one button, CSRF token when signed in. */
export function accessFormPage(ctx: PageContext, v: AccessFormView): SafeHtml {
  const { t } = ctx;
  const labels = Object.fromEntries(v.fields.map((f) => [f.name, f.label]));
  return html`<div class="narrow">
    <h1>${v.title}</h1>
    ${notice(v.notice)} ${errorSummary(t, v.state, (name) => labels[name] ?? name, v.failure)}
    ${v.intro ? html`<p>${v.intro}</p>` : ''}
    <form method="post" action="${v.action}" novalidate data-validate ${validationMessages(t)}>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${v.fields.map((f) => textInput(t, v.state, f))}
      <div class="form-actions"><button type="submit">${v.button}</button></div>
    </form>
    ${linkList(v.links)}
  </div>`;
}

/** A page that says what happened (check your inbox, address confirmed, the link failed), with ways on. */
export function accessMessagePage(
  ctx: PageContext,
  v: { title: string; text: string; links?: [string, string][]; alert?: boolean },
): SafeHtml {
  return html`<div class="narrow">
    <h1>${v.title}</h1>
    <p ${v.alert ? html`role="alert"` : html`role="status"`}>${v.text}</p>
    ${linkList(v.links)}
  </div>`;
}

/** An invitation as the management page lists it. */
export interface InvitationItem {
  id: string;
  email: string;
  cityName: string;
  invitedBy: string | null;
  state: 'pending' | 'accepted' | 'revoked' | 'expired';
  expiresAt: string;
}

/** Inviting editors: the form (a city picker for administrators) and the invitations the viewer may see. */
export function invitationsPage(
  ctx: PageContext,
  v: {
    form: AccessFormView;
    cities: { id: string; name: string }[] | null;
    /** The languages the invitation may be written in (value: code, label: the language's own name). */
    languages: { value: string; label: string }[];
    items: InvitationItem[];
  },
): SafeHtml {
  const { t } = ctx;
  const cityPicker = v.cities
    ? html`<div class="form-field">
        <label for="f-cityId">${t('invitations.city')}</label>
        <p class="field-error" id="f-cityId-error">${v.form.state.errors.cityId ?? ''}</p>
        <select id="f-cityId" name="cityId" aria-describedby="f-cityId-error" required>
          ${v.cities.map((c) => html`<option value="${c.id}" ${v.form.state.values.cityId === c.id ? html`selected` : ''}>${c.name}</option>`)}
        </select>
      </div>`
    : '';
  const rows = v.items.map(
    (i) =>
      html`<tr>
        <td>${i.email}</td>
        <td>${i.cityName}</td>
        <td>${i.invitedBy ?? ''}</td>
        <td>${t(`invitations.state.${i.state}`)}</td>
        <td><time datetime="${i.expiresAt}">${i.expiresAt.slice(0, 16).replace('T', ' ')} UTC</time></td>
        <td>
          ${
            i.state === 'pending'
              ? html`<form method="post" action="/invitations/${i.id}/revoke" class="inline-form">
                  <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
                  <button
                    type="submit"
                    class="secondary"
                    aria-label="${t('invitations.revokeLabel', { email: i.email })}"
                  >
                    ${t('invitations.revoke')}
                  </button>
                </form>`
              : ''
          }
        </td>
      </tr>`,
  );
  const { state } = v.form;
  const labels: Record<string, string> = {
    email: t('invitations.email'),
    cityId: t('invitations.city'),
    language: t('invitations.language'),
  };
  const languagePicker = selectField(t, state, {
    name: 'language',
    label: t('invitations.language'),
    required: true,
    options: v.languages,
  });
  return html`<div>
    <h1>${v.form.title}</h1>
    ${notice(v.form.notice)} ${errorSummary(t, state, (n) => labels[n] ?? n, v.form.failure)}
    <p>${v.form.intro ?? ''}</p>
    <form method="post" action="${v.form.action}" novalidate data-validate ${validationMessages(t)}>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${v.form.fields.map((f) => textInput(t, state, f))} ${cityPicker} ${languagePicker}
      <div class="form-actions"><button type="submit">${v.form.button}</button></div>
    </form>
    <h2>${t('invitations.list')}</h2>
    ${
      v.items.length
        ? html`<table>
            <thead>
              <tr>
                <th scope="col">${t('invitations.col.email')}</th>
                <th scope="col">${t('invitations.col.city')}</th>
                <th scope="col">${t('invitations.col.by')}</th>
                <th scope="col">${t('invitations.col.state')}</th>
                <th scope="col">${t('invitations.col.expires')}</th>
                <td></td>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>`
        : html`<p>${t('invitations.none')}</p>`
    }
  </div>`;
}
