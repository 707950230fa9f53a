import { CONTACT_PROFILES, sourceTitle } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { breadcrumb, notice } from '../components/page-parts.ts';
import { confirmLink } from '../components/confirm.ts';
import { errorSummary, selectField, textInput, type FormState } from '../components/form-fields.ts';
import { ratingText } from './stakeholders-map.ts';

export interface StakeholderDetailView {
  stakeholder: {
    id: string;
    cityId: string;
    cityName: string;
    name: string;
    description: string | null;
    area: string;
    roles: string[];
    influence: number | null;
    interest: number | null;
    quadrant: string | null;
    engagementStatus: string | null;
    engagementHistory: { status: string; date: string; note: string | null }[];
    communicationChannels: string[];
    practices: { id: string; name: string }[];
    source: { document: string; section: string | null } | null;
  };
  canEdit: boolean;
  /** Contact persons: only for the city's editors and administrators (null for everyone else). */
  contacts:
    | {
        id: string;
        name: string;
        email: string | null;
        phone: string | null;
        position: string | null;
        profile: string;
        consentDate: string;
      }[]
    | null;
  contactForm: FormState;
  contactError: string | null;
  notice: string | null;
}

const CONTACT_LABELS: Record<string, string> = {
  name: 'stakeholders.contactName',
  email: 'stakeholders.contactEmail',
  phone: 'stakeholders.contactPhone',
  position: 'stakeholders.contactPosition',
  profile: 'stakeholders.contactProfile',
  consent: 'stakeholders.contactConsent',
  consentDate: 'stakeholders.contactConsentDate',
};
const contactLabel = (ctx: PageContext, name: string) => (CONTACT_LABELS[name] ? ctx.t(CONTACT_LABELS[name]) : name);

function contactsSection(ctx: PageContext, v: StakeholderDetailView): SafeHtml {
  const { t } = ctx;
  if (!v.contacts) return html``;
  const s = v.stakeholder;
  return html`<section aria-labelledby="contacts-h">
    <h2 id="contacts-h">${t('stakeholders.contacts')}</h2>
    <p class="warning">${t('stakeholders.contactsPrivate')}</p>
    ${
      v.contacts.length
        ? html`<div class="table-wrap">
            <table>
              <caption class="visually-hidden">
                ${t('stakeholders.contacts')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('stakeholders.contactName')}</th>
                  <th scope="col">${t('stakeholders.contactPosition')}</th>
                  <th scope="col">${t('stakeholders.contactEmail')}</th>
                  <th scope="col">${t('stakeholders.contactPhone')}</th>
                  <th scope="col">${t('stakeholders.contactConsentDate')}</th>
                  <th scope="col"><span class="visually-hidden">${t('stakeholders.delete')}</span></th>
                </tr>
              </thead>
              <tbody>
                ${v.contacts.map(
                  (c) =>
                    html`<tr>
                      <th scope="row">${c.name}</th>
                      <td>${c.position ?? ''}</td>
                      <td>${c.email ?? ''}</td>
                      <td>${c.phone ?? ''}</td>
                      <td>${c.consentDate}</td>
                      <td>
                        ${confirmLink(`/contacts/${c.id}/delete`, '×', { ariaLabel: t('stakeholders.contactRemove', { name: c.name }) })}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${t('stakeholders.noContacts')}</p>`
    }
    <h3>${t('stakeholders.contactAdd')}</h3>
    ${errorSummary(t, v.contactForm, (n) => contactLabel(ctx, n), v.contactError)}
    <form method="post" action="/stakeholders/${s.id}/contacts" novalidate>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${textInput(t, v.contactForm, { name: 'name', label: t('stakeholders.contactName'), required: true, autocomplete: 'off' })}
      ${textInput(t, v.contactForm, { name: 'position', label: t('stakeholders.contactPosition') })}
      ${textInput(t, v.contactForm, { name: 'email', label: t('stakeholders.contactEmail'), type: 'email', autocomplete: 'off' })}
      ${textInput(t, v.contactForm, { name: 'phone', label: t('stakeholders.contactPhone'), autocomplete: 'off' })}
      ${selectField(t, v.contactForm, { name: 'profile', label: t('stakeholders.contactProfile'), options: CONTACT_PROFILES.map((p) => ({ value: p, label: t(`stakeholders.profile.${p}`) })) })}
      <div class="choices">
        <p class="field-error" id="f-consent-error">${v.contactForm.errors.consent ?? ''}</p>
        <div class="choice">
          <input
            type="checkbox"
            id="f-consent"
            name="consent"
            value="yes"
            required
            aria-describedby="f-consent-error"
          /><label for="f-consent">${t('stakeholders.contactConsent')}</label>
        </div>
      </div>
      ${textInput(t, v.contactForm, { name: 'consentDate', label: t('stakeholders.contactConsentDate'), hint: 'YYYY-MM-DD', required: true, size: 'short' })}
      <p><button type="submit">${t('stakeholders.contactAdd')}</button></p>
    </form>
  </section>`;
}

/** One stakeholder: what it is, its ratings, its engagement history and practices; for editors its contact persons. */
export function stakeholderDetailPage(ctx: PageContext, v: StakeholderDetailView): SafeHtml {
  const { t } = ctx;
  const s = v.stakeholder;
  return html`${breadcrumb(t, [[`/cities/${s.cityId}/stakeholders`, t('stakeholders.title', { city: s.cityName })]], s.name)}
    <h1>${s.name}</h1>
    ${notice(v.notice)}
    ${
      v.canEdit
        ? html`<p class="actions">
            <a class="button" href="/stakeholders/${s.id}/edit">${t('stakeholders.edit')}</a>
            ${confirmLink(`/stakeholders/${s.id}/delete`, t('stakeholders.delete'))}
          </p>`
        : ''
    }
    <dl class="record">
      <dt>${t('stakeholders.area')}</dt>
      <dd>${t(`stakeholders.area.${s.area}`)}</dd>
      <dt>${t('stakeholders.roles')}</dt>
      <dd>${s.roles.map((r) => t(`stakeholders.role.${r}`)).join(', ') || '—'}</dd>
      <dt>${t('stakeholders.influence')}</dt>
      <dd>${ratingText(ctx, s.influence)}</dd>
      <dt>${t('stakeholders.interest')}</dt>
      <dd>${ratingText(ctx, s.interest)}</dd>
      ${
        s.quadrant
          ? html`<dt>${t('stakeholders.quadrant')}</dt>
              <dd>${t(`stakeholders.quadrant.${s.quadrant}`)}</dd>`
          : ''
      }
      <dt>${t('stakeholders.engagement')}</dt>
      <dd>${s.engagementStatus ? t(`stakeholders.status.${s.engagementStatus}`) : t('stakeholders.notStated')}</dd>
      <dt>${t('stakeholders.channels')}</dt>
      <dd>${s.communicationChannels.join(', ') || '—'}</dd>
      <dt>${t('stakeholders.practices')}</dt>
      <dd>
        ${
          s.practices.length
            ? html`<ul class="plain">
                ${s.practices.map((p) => html`<li><a href="/practices/${p.id}">${p.name}</a></li>`)}
              </ul>`
            : '—'
        }
      </dd>
      ${
        s.description
          ? html`<dt>${t('stakeholders.description')}</dt>
              <dd>${s.description}</dd>`
          : ''
      }
    </dl>
    <section aria-labelledby="history-h">
      <h2 id="history-h">${t('stakeholders.history')}</h2>
      ${
        s.engagementHistory.length
          ? html`<div class="table-wrap">
              <table>
                <caption>
                  ${t('stakeholders.historyCaption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t('stakeholders.date')}</th>
                    <th scope="col">${t('stakeholders.status')}</th>
                    <th scope="col">${t('stakeholders.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${s.engagementHistory.map(
                    (h) =>
                      html`<tr>
                        <th scope="row">${h.date}</th>
                        <td>${t(`stakeholders.status.${h.status}`)}</td>
                        <td>${h.note ?? ''}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p>${t('stakeholders.noHistory')}</p>`
      }
    </section>
    ${contactsSection(ctx, v)}
    ${s.source ? html`<p class="meta">${t('groups.source', { document: sourceTitle(s.source.document), section: s.source.section ?? '' })}</p>` : ''}`;
}
