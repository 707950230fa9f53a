import { ENGAGEMENT_STATUSES, STAKEHOLDER_AREAS, STAKEHOLDER_ROLES, SUGGESTED_CHANNELS } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { breadcrumb } from '../components/page-parts.ts';
import {
  choiceGroup,
  errorSummary,
  selectField,
  textArea,
  textInput,
  type FormState,
} from '../components/form-fields.ts';

export interface StakeholderFormView {
  city: { id: string; name: string };
  /** Set when editing. */
  stakeholder: { id: string; name: string; version: number } | null;
  practices: { id: string; name: string }[];
  state: FormState;
  general: string | null;
}

/** The form field names of a stakeholder, in form order (for the error summary's labels). */
export const STAKEHOLDER_FORM_FIELDS = [
  'name',
  'area',
  'roles',
  'influence',
  'interest',
  'engagementStatus',
  'statusDate',
  'communicationChannels',
  'practiceIds',
  'description',
] as const;

/** The label of a stakeholder form field. */
export function stakeholderFieldLabel(ctx: PageContext, name: string): string {
  const keys: Record<string, string> = {
    name: 'stakeholders.form.name',
    area: 'stakeholders.area',
    roles: 'stakeholders.roles',
    influence: 'stakeholders.influence',
    interest: 'stakeholders.interest',
    engagementStatus: 'stakeholders.engagement',
    statusDate: 'stakeholders.form.statusDate',
    communicationChannels: 'stakeholders.channels',
    practiceIds: 'stakeholders.practices',
    description: 'stakeholders.description',
  };
  return keys[name] ? ctx.t(keys[name]) : name;
}

/** The form to map a stakeholder or edit one. */
export function stakeholderFormPage(ctx: PageContext, v: StakeholderFormView): SafeHtml {
  const { t } = ctx;
  const title = v.stakeholder
    ? t('stakeholders.editTitle', { name: v.stakeholder.name })
    : t('stakeholders.newTitle', { city: v.city.name });
  const action = v.stakeholder ? `/stakeholders/${v.stakeholder.id}` : `/cities/${v.city.id}/stakeholders`;
  const ratings = [
    { value: '', label: t('stakeholders.form.none') },
    ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
  ];
  return html`${breadcrumb(t, [[`/cities/${v.city.id}/stakeholders`, t('stakeholders.title', { city: v.city.name })]], title)}
    <h1>${title}</h1>
    ${errorSummary(t, v.state, (n) => stakeholderFieldLabel(ctx, n), v.general)}
    <form method="post" action="${action}" novalidate>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${v.stakeholder ? html`<input type="hidden" name="version" value="${v.stakeholder.version}" />` : ''}
      ${textInput(t, v.state, { name: 'name', label: t('stakeholders.form.name'), hint: t('stakeholders.form.nameHint'), required: true, minlength: 2, maxlength: 300, size: 'long' })}
      ${selectField(t, v.state, { name: 'area', label: t('stakeholders.area'), required: true, options: STAKEHOLDER_AREAS.map((a) => ({ value: a, label: t(`stakeholders.area.${a}`) })) })}
      ${choiceGroup(t, v.state, { name: 'roles', legend: t('stakeholders.roles'), type: 'checkbox', columns: true, options: STAKEHOLDER_ROLES.map((r) => ({ value: r, label: t(`stakeholders.role.${r}`) })) })}
      ${selectField(t, v.state, { name: 'influence', label: t('stakeholders.influence'), hint: t('stakeholders.form.rating'), options: ratings })}
      ${selectField(t, v.state, { name: 'interest', label: t('stakeholders.interest'), hint: t('stakeholders.form.rating'), options: ratings })}
      ${selectField(t, v.state, { name: 'engagementStatus', label: t('stakeholders.engagement'), options: [{ value: '', label: t('stakeholders.form.noStatus') }, ...ENGAGEMENT_STATUSES.map((s) => ({ value: s, label: t(`stakeholders.status.${s}`) }))] })}
      ${textInput(t, v.state, { name: 'statusDate', label: t('stakeholders.form.statusDate'), hint: t('stakeholders.form.statusDateHint'), size: 'short' })}
      ${textInput(t, v.state, { name: 'communicationChannels', label: t('stakeholders.channels'), hint: `${t('stakeholders.form.channelsHint')} (${SUGGESTED_CHANNELS.join(', ')})`, size: 'long' })}
      ${v.practices.length ? choiceGroup(t, v.state, { name: 'practiceIds', legend: t('stakeholders.practices'), hint: t('stakeholders.form.practicesHint'), type: 'checkbox', options: v.practices.map((p) => ({ value: p.id, label: p.name })) }) : ''}
      ${textArea(t, v.state, { name: 'description', label: t('stakeholders.description'), rows: 4 })}
      <p class="actions">
        <button type="submit">${t('form.save')}</button>
        <a href="${v.stakeholder ? `/stakeholders/${v.stakeholder.id}` : `/cities/${v.city.id}/stakeholders`}"
          >${t('form.cancel')}</a
        >
      </p>
    </form>`;
}
