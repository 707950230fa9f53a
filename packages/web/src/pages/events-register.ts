import { PARTICIPANT_ROLES } from '@convivio/shared';
import {
  choiceGroup,
  errorSummary,
  selectField,
  textArea,
  textInput,
  type FormState,
} from '../components/form-fields.ts';
import { notice } from '../components/page-parts.ts';
import { confirmLink } from '../components/confirm.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { rankingList, type ChoicePointView } from './events-ranking.ts';

export type { ChoicePointView } from './events-ranking.ts';

/** Languages offered on the registration form. */
export const REGISTRATION_LANGUAGES = ['en', 'fr', 'de', 'it', 'es', 'nl', 'el', 'pt', 'pl', 'ar'] as const;

/** The registration and ranking page. */
export interface RegisterView {
  event: { id: string; name: string };
  registration: { id: string; registrationNo: number } | null;
  /** The details form (values and problems by field name). */
  form: FormState;
  formError: string | null;
  cities: { id: string; name: string }[];
  choicePoints: ChoicePointView[];
  rankings: Record<string, string[]>;
  /** Problems by choice point id; '' for the whole form. */
  rankingErrors: Record<string, string>;
  assignments: Record<string, string[]>;
  /** May the viewer change rankings now (choices open, or an organiser)? */
  canRank: boolean;
  notice: string | null;
}

const LABELS: Record<string, string> = {
  name: 'events.register.name',
  email: 'events.register.email',
  organisation: 'events.register.organisation',
  cityId: 'events.register.city',
  role: 'events.register.role',
  languages: 'events.register.languages',
  accessibilityNeeds: 'events.register.accessibility',
  consent: 'events.register.consentLegend',
};

function detailsForm(ctx: PageContext, v: RegisterView): SafeHtml {
  const { t } = ctx;
  const f = v.form;
  return html`<section aria-labelledby="details-h">
    <h2 id="details-h">${t('events.register.details')}</h2>
    <p class="hint">${t('events.register.detailsHint')}</p>
    ${errorSummary(t, f, (n) => t(LABELS[n] ?? n), v.formError)}
    <form method="post" action="/events/${v.event.id}/register" novalidate>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${textInput(t, f, { name: 'name', label: t('events.register.name'), required: true, autocomplete: 'name', size: 'medium' })}
      ${textInput(t, f, { name: 'email', label: t('events.register.email'), required: true, type: 'email', autocomplete: 'email', size: 'medium' })}
      ${textInput(t, f, { name: 'organisation', label: t('events.register.organisation'), autocomplete: 'organization', size: 'medium' })}
      ${selectField(t, f, { name: 'cityId', label: t('events.register.city'), options: [{ value: '', label: t('events.register.noCity') }, ...v.cities.map((c) => ({ value: c.id, label: c.name }))] })}
      ${selectField(t, f, { name: 'role', label: t('events.register.role'), required: true, options: PARTICIPANT_ROLES.map((r) => ({ value: r, label: t(`events.participantRole.${r}`) })) })}
      ${choiceGroup(t, f, { name: 'languages', legend: t('events.register.languages'), type: 'checkbox', columns: true, options: REGISTRATION_LANGUAGES.map((l) => ({ value: l, label: t(`events.language.${l}`) })) })}
      ${textArea(t, f, { name: 'accessibilityNeeds', label: t('events.register.accessibility'), hint: t('events.register.accessibilityHint'), rows: 3 })}
      ${choiceGroup(t, f, { name: 'consent', legend: t('events.register.consentLegend'), type: 'checkbox', options: [{ value: 'yes', label: t('events.register.consent') }] })}
      <p><button type="submit">${v.registration ? t('events.register.save') : t('events.register.submit')}</button></p>
    </form>
  </section>`;
}

/** The ranking problems, each linking to its list (named by the choice point's title). */
function rankingSummary(ctx: PageContext, v: RegisterView): SafeHtml {
  const entries = Object.entries(v.rankingErrors);
  if (!entries.length) return html``;
  return html`<div
    class="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="ranking-errors-h"
    data-error-summary
  >
    <h3 id="ranking-errors-h">${ctx.t('form.errorSummary')}</h3>
    <ul>
      ${entries.map(([id, message]) => {
        const i = v.choicePoints.findIndex((p) => p.id === id);
        return html`<li>${i >= 0 ? html`<a href="#rank-${i}">${message}</a>` : message}</li>`;
      })}
    </ul>
  </div>`;
}

function rankingForm(ctx: PageContext, v: RegisterView): SafeHtml {
  const { t } = ctx;
  if (!v.registration) return html``;
  if (!v.choicePoints.length)
    return html`<section aria-labelledby="choices-h">
      <h2 id="choices-h">${t('events.choices.title')}</h2>
      <p>${t('events.choices.noPoints')}</p>
    </section>`;
  return html`<section aria-labelledby="choices-h">
    <h2 id="choices-h">${t('events.choices.title')}</h2>
    <p>${t('events.choices.lead')}</p>
    ${rankingSummary(ctx, v)} ${v.canRank ? '' : html`<p class="notice">${t('events.choices.closed')}</p>`}
    <form method="post" action="/events/${v.event.id}/rankings" data-ranking-form novalidate>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${v.choicePoints.map((point, index) =>
        rankingList(ctx, {
          point,
          index,
          ranked: v.rankings[point.id] ?? [],
          error: v.rankingErrors[point.id] ?? null,
          assigned: v.assignments[point.id] ?? [],
          canRank: v.canRank,
        }),
      )}
      ${v.canRank ? html`<p><button type="submit">${t('events.choices.save')}</button></p>` : ''}
    </form>
  </section>`;
}

/** Registration details, the ranking of every choice point (a reorderable list each) and withdrawal. */
export function registerPage(ctx: PageContext, v: RegisterView): SafeHtml {
  const { t } = ctx;
  return html`<nav class="breadcrumb" aria-label="${t('events.breadcrumb')}">
      <ol>
        <li><a href="/events">${t('events.title')}</a></li>
        <li><a href="/events/${v.event.id}">${v.event.name}</a></li>
        <li aria-current="page">${v.registration ? t('events.action.choices') : t('events.action.register')}</li>
      </ol>
    </nav>
    <h1>${t('events.register.title', { event: v.event.name })}</h1>
    ${notice(v.notice)}
    ${v.registration ? html`<p>${t('events.register.registered', { no: v.registration.registrationNo })} <a href="/events/${v.event.id}/me">${t('events.action.agenda')}</a></p>` : ''}
    ${rankingForm(ctx, v)} ${detailsForm(ctx, v)}
    ${
      v.registration
        ? html`<section aria-labelledby="withdraw-h">
            <h2 id="withdraw-h">${t('events.register.withdraw')}</h2>
            <p>${t('events.register.withdrawHint')}</p>
            <p>${confirmLink(`/events/${v.event.id}/withdraw`, t('events.register.withdraw'))}</p>
          </section>`
        : ''
    }`;
}
