import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { errorSummary, selectField, type FormState } from '../components/form-fields.ts';
import { actionButton, breadcrumb, notice, pagination } from '../components/page-parts.ts';
import { when, type EditorRequestView } from './accounts-account.ts';

export interface AdminUserView {
  id: string;
  name: string;
  email: string;
  role: string;
  cityId: string | null;
  disabled: boolean;
}

/** The administrators' users list: the search, one page of accounts and the pager. */
export interface UsersView {
  query: { q: string; role: string; cityId: string };
  items: AdminUserView[];
  total: number;
  page: number;
  pageSize: number;
  cities: { id: string; name: string }[];
  cityName: (id: string) => string;
  notice: string | null;
  roles: readonly string[];
}

const usersHref = (q: UsersView['query'], page: number) => {
  const params = new URLSearchParams();
  if (q.q) params.set('q', q.q);
  if (q.role) params.set('role', q.role);
  if (q.cityId) params.set('cityId', q.cityId);
  if (page > 1) params.set('page', String(page));
  const s = params.toString();
  return `/admin/users${s ? `?${s}` : ''}`;
};

/** Each account's disable or re-enable button: a form that posts without script. */
function toggleButton(ctx: PageContext, u: AdminUserView, back: string): SafeHtml {
  const { t } = ctx;
  const action = u.disabled ? 'enable' : 'disable';
  return html`<form method="post" action="/admin/users/${u.id}/${action}" class="inline-form">
    <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
    <input type="hidden" name="back" value="${back}" />
    <button type="submit" class="secondary" aria-label="${t(`users.${action}Label`, { name: u.name })}">
      ${t(`users.${action}`)}
    </button>
  </form>`;
}

export function usersPage(ctx: PageContext, v: UsersView): SafeHtml {
  const { t } = ctx;
  const state: FormState = { values: v.query, errors: {} };
  const back = usersHref(v.query, v.page);
  return html`<h1>${t('users.title')}</h1>
    ${notice(v.notice)}
    <form method="get" action="/admin/users" role="search" aria-label="${t('users.search')}" class="filters">
      <div class="form-field">
        <label for="f-q">${t('users.query')}</label>
        <input type="search" id="f-q" name="q" value="${v.query.q}" maxlength="200" />
      </div>
      ${selectField(t, state, {
        name: 'role',
        label: t('users.role'),
        options: [{ value: '', label: t('users.any') }, ...v.roles.map((r) => ({ value: r, label: t(`role.${r}`) }))],
      })}
      ${selectField(t, state, {
        name: 'cityId',
        label: t('users.city'),
        options: [{ value: '', label: t('users.any') }, ...v.cities.map((c) => ({ value: c.id, label: c.name }))],
      })}
      <div class="form-actions"><button type="submit">${t('users.find')}</button></div>
    </form>
    <p role="status">${t('users.count', { count: v.total })}</p>
    ${
      v.items.length
        ? html`<div class="table-wrap">
            <table>
              <caption class="visually-hidden">
                ${t('users.title')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('account.name')}</th>
                  <th scope="col">${t('account.email')}</th>
                  <th scope="col">${t('users.role')}</th>
                  <th scope="col">${t('users.city')}</th>
                  <th scope="col">${t('users.status')}</th>
                  <th scope="col">${t('users.actions')}</th>
                </tr>
              </thead>
              <tbody>
                ${v.items.map(
                  (u) =>
                    html`<tr data-user="${u.id}">
                      <th scope="row">${u.name}</th>
                      <td>${u.email}</td>
                      <td>${t(`role.${u.role}`)}</td>
                      <td>${u.cityId ? v.cityName(u.cityId) : ''}</td>
                      <td>${u.disabled ? t('users.disabled') : t('users.active')}</td>
                      <td>
                        <a href="/admin/users/${u.id}" aria-label="${t('users.manageLabel', { name: u.name })}"
                          >${t('users.manage')}</a
                        >
                        ${toggleButton(ctx, u, back)}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${t('users.none')}</p>`
    }
    ${pagination(t, v.page, v.pageSize, v.total, (p) => usersHref(v.query, p))}`;
}

/** One account's role and city, and disabling or re-enabling it. */
export function userEditPage(
  ctx: PageContext,
  v: {
    user: AdminUserView;
    form: FormState;
    cities: { id: string; name: string }[];
    roles: readonly string[];
    failure: string | null;
  },
): SafeHtml {
  const { t } = ctx;
  const u = v.user;
  const label = (name: string) => t(name === 'cityId' ? 'users.city' : `users.${name}`);
  return html`${breadcrumb(t, [['/admin/users', t('users.title')]], u.name)}
    <h1>${t('users.edit', { name: u.name })}</h1>
    <p>${u.email} · ${u.disabled ? t('users.disabled') : t('users.active')}</p>
    ${errorSummary(t, v.form, label, v.failure)}
    <form method="post" action="/admin/users/${u.id}" novalidate>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${selectField(t, v.form, {
        name: 'role',
        label: t('users.role'),
        required: true,
        options: v.roles.map((r) => ({ value: r, label: t(`role.${r}`) })),
      })}
      ${selectField(t, v.form, {
        name: 'cityId',
        label: t('users.city'),
        options: [{ value: '', label: t('account.noCity') }, ...v.cities.map((c) => ({ value: c.id, label: c.name }))],
      })}
      <div class="form-actions"><button type="submit">${t('users.save')}</button></div>
    </form>
    ${toggleButton(ctx, u, `/admin/users/${u.id}`)}`;
}

/** The pending editor requests, each with its approve and refuse buttons. */
export function editorRequestsPage(
  ctx: PageContext,
  v: { requests: EditorRequestView[]; cityName: (id: string) => string; notice: string | null },
): SafeHtml {
  const { t } = ctx;
  return html`<h1>${t('editorRequests.title')}</h1>
    ${notice(v.notice)}
    ${
      v.requests.length
        ? html`<div class="table-wrap">
            <table>
              <caption class="visually-hidden">
                ${t('editorRequests.title')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('editorRequests.person')}</th>
                  <th scope="col">${t('editorRequests.city')}</th>
                  <th scope="col">${t('editorRequests.reason')}</th>
                  <th scope="col">${t('editorRequests.asked')}</th>
                  <th scope="col">${t('editorRequests.decision')}</th>
                </tr>
              </thead>
              <tbody>
                ${v.requests.map((r) => {
                  const names = { name: r.userName, city: v.cityName(r.cityId) };
                  return html`<tr>
                    <th scope="row">${r.userName}<br /><span class="meta">${r.userEmail ?? ''}</span></th>
                    <td>${names.city}</td>
                    <td>${r.reason}</td>
                    <td>${when(r.createdAt)}</td>
                    <td>
                      ${actionButton(
                        `/admin/editor-requests/${r.id}/approve`,
                        ctx.csrfToken,
                        t('editorRequests.approve'),
                        {
                          ariaLabel: t('editorRequests.approveLabel', names),
                        },
                      )}
                      ${actionButton(
                        `/admin/editor-requests/${r.id}/refuse`,
                        ctx.csrfToken,
                        t('editorRequests.refuse'),
                        {
                          secondary: true,
                          ariaLabel: t('editorRequests.refuseLabel', names),
                        },
                      )}
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`
        : html`<p>${t('editorRequests.none')}</p>`
    }`;
}
