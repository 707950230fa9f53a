import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { errorSummary, selectField, textArea, textInput, type FormState } from '../components/form-fields.ts';
import { notice } from '../components/page-parts.ts';

export interface AccountSessionView {
  id: string;
  createdAt: string;
  lastSeenAt: string | null;
  device: string | null;
  current: boolean;
}

export interface EditorRequestView {
  id: string;
  userName: string;
  userEmail: string | null;
  cityId: string;
  reason: string;
  status: 'pending' | 'approved' | 'refused';
  createdAt: string;
}

/** What "My account" shows. */
export interface AccountView {
  account: { name: string; email: string; role: string; cityId: string | null };
  cityName: (id: string) => string;
  sessions: AccountSessionView[];
  /** The editor request form (readers only) and their requests. */
  editorRequest: { form: FormState; cities: { id: string; name: string }[]; requests: EditorRequestView[] } | null;
  isAdmin: boolean;
  notice: string | null;
}

/** A date and time as "2026-12-06 09:14 UTC" (the same for everyone, whatever their browser). */
export const when = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

function sessionsTable(ctx: PageContext, sessions: AccountSessionView[]): SafeHtml {
  const { t } = ctx;
  return html`<div class="table-wrap">
    <table>
      <caption class="visually-hidden">
        ${t('account.sessions')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('account.sessions.device')}</th>
          <th scope="col">${t('account.sessions.created')}</th>
          <th scope="col">${t('account.sessions.lastSeen')}</th>
          <th scope="col">${t('account.sessions.actions')}</th>
        </tr>
      </thead>
      <tbody>
        ${sessions.map((s) => {
          const device = s.device ?? t('account.sessions.unknownDevice');
          return html`<tr data-session="${s.id}">
            <th scope="row">
              ${device}${s.current ? html` <strong>${t('account.sessions.thisDevice')}</strong>` : ''}
            </th>
            <td>${when(s.createdAt)}</td>
            <td>${s.lastSeenAt ? when(s.lastSeenAt) : t('account.sessions.never')}</td>
            <td>
              <form method="post" action="/account/sessions/${s.id}/end" class="inline-form">
                <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
                <button
                  type="submit"
                  class="secondary"
                  aria-label="${t('account.sessions.endLabel', { device, created: when(s.createdAt) })}"
                >
                  ${t('account.sessions.end')}
                </button>
              </form>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

function editorRequestSection(
  ctx: PageContext,
  v: NonNullable<AccountView['editorRequest']>,
  cityName: (id: string) => string,
) {
  const { t } = ctx;
  const label = (name: string) => t(`editorRequest.${name}`);
  const pending = v.requests.some((r) => r.status === 'pending');
  return html`<section aria-labelledby="editor-request-title">
    <h2 id="editor-request-title">${t('editorRequest.title')}</h2>
    ${
      v.requests.length
        ? html`<h3>${t('editorRequest.yours')}</h3>
            <ul>
              ${v.requests.map(
                (r) =>
                  html`<li>
                    ${t('editorRequest.line', {
                      city: cityName(r.cityId),
                      status: t(`editorRequest.status.${r.status}`),
                      date: r.createdAt.slice(0, 10),
                    })}
                  </li>`,
              )}
            </ul>`
        : ''
    }
    ${
      pending
        ? ''
        : html`<p>${t('editorRequest.intro')}</p>
            ${errorSummary(t, v.form, label)}
            <form method="post" action="/account/editor-request" novalidate>
              <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
              ${selectField(t, v.form, {
                name: 'cityId',
                label: label('city'),
                required: true,
                options: [
                  { value: '', label: label('chooseCity') },
                  ...v.cities.map((c) => ({ value: c.id, label: c.name })),
                ],
              })}
              ${textArea(t, v.form, { name: 'reason', label: label('reason'), hint: label('reasonHint'), required: true, maxlength: 1000, rows: 3 })}
              <div class="form-actions"><button type="submit">${label('send')}</button></div>
            </form>`
    }
  </section>`;
}

/** "My account": details, sessions, the data download, editor requests, deleting the account. */
export function accountPage(ctx: PageContext, v: AccountView): SafeHtml {
  const { t } = ctx;
  const a = v.account;
  return html`<h1>${t('account.title')}</h1>
    ${notice(v.notice)}
    <section aria-labelledby="account-details">
      <h2 id="account-details">${t('account.details')}</h2>
      <dl class="record">
        <dt>${t('account.name')}</dt>
        <dd>${a.name}</dd>
        <dt>${t('account.email')}</dt>
        <dd>${a.email}</dd>
        <dt>${t('account.role')}</dt>
        <dd>${t(`role.${a.role}`)}</dd>
        <dt>${t('account.city')}</dt>
        <dd>${a.cityId ? v.cityName(a.cityId) : t('account.noCity')}</dd>
      </dl>
      <ul>
        <li><a href="/account/email">${t('account.changeEmail')}</a></li>
        <li><a href="/account/password">${t('account.changePassword')}</a></li>
      </ul>
    </section>
    ${
      v.isAdmin
        ? html`<nav aria-labelledby="account-admin">
            <h2 id="account-admin">${t('account.admin')}</h2>
            <ul>
              <li><a href="/admin/users">${t('account.admin.users')}</a></li>
              <li><a href="/admin/editor-requests">${t('account.admin.requests')}</a></li>
            </ul>
          </nav>`
        : ''
    }
    <section aria-labelledby="account-sessions">
      <h2 id="account-sessions">${t('account.sessions')}</h2>
      <p>${t('account.sessions.intro')}</p>
      ${sessionsTable(ctx, v.sessions)}
      ${
        v.sessions.length > 1
          ? html`<form method="post" action="/account/sessions/end-others">
              <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
              <button type="submit" class="secondary">${t('account.sessions.endOthers')}</button>
            </form>`
          : ''
      }
    </section>
    ${v.editorRequest ? editorRequestSection(ctx, v.editorRequest, v.cityName) : ''}
    <section aria-labelledby="account-data">
      <h2 id="account-data">${t('account.data')}</h2>
      <p>${t('account.data.intro')}</p>
      <p><a class="button" href="/api/v1/account/export" download>${t('account.data.download')}</a></p>
    </section>
    <section aria-labelledby="account-delete">
      <h2 id="account-delete">${t('account.delete')}</h2>
      <p>${t('account.delete.intro')}</p>
      <p><a class="button secondary" href="/account/delete">${t('account.delete')}</a></p>
    </section>`;
}

/** Deleting one's account: what goes, and the password to confirm it. */
export function deleteAccountPage(ctx: PageContext, v: { form: FormState; blocked: string | null }): SafeHtml {
  const { t } = ctx;
  const label = () => t('account.delete.password');
  return html`<div class="narrow">
    <h1>${t('account.delete')}</h1>
    <p>${t('account.delete.intro')}</p>
    ${errorSummary(t, v.form, label, v.blocked)}
    <form method="post" action="/account/delete" novalidate>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${textInput(t, v.form, { name: 'password', label: label(), type: 'password', required: true, autocomplete: 'current-password' })}
      <div class="form-actions">
        <button type="submit" class="danger">${t('account.delete.confirm')}</button>
        <a class="button secondary" href="/account">${t('form.cancel')}</a>
      </div>
    </form>
  </div>`;
}
