import type { FormValues } from '@convivio/web';
import { STAKEHOLDER_FORM_FIELDS } from '@convivio/web';
import type { StakeholderRecord } from '@convivio/shared';
import { checked, text, type FormBody } from '../web/form-body.ts';
import { topField } from '../records/field-path.ts';

/** The stakeholder input a form post holds, and the values to show again if it fails. */
export function stakeholderFromForm(body: FormBody): { input: Record<string, unknown>; values: FormValues } {
  const values: FormValues = {};
  for (const f of STAKEHOLDER_FORM_FIELDS)
    values[f] = f === 'roles' || f === 'practiceIds' ? checked(body, f) : text(body, f);
  const blankNull = (s: string) => (s.trim() === '' ? null : s.trim());
  const input: Record<string, unknown> = {
    name: text(body, 'name').trim(),
    area: text(body, 'area'),
    roles: checked(body, 'roles'),
    influence: blankNull(text(body, 'influence')),
    interest: blankNull(text(body, 'interest')),
    engagementStatus: blankNull(text(body, 'engagementStatus')),
    statusDate: blankNull(text(body, 'statusDate')),
    communicationChannels: text(body, 'communicationChannels')
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
    practiceIds: checked(body, 'practiceIds'),
    description: blankNull(text(body, 'description')),
  };
  return { input, values };
}

/** A stored stakeholder as form values. */
export function stakeholderToForm(r: StakeholderRecord): FormValues {
  return {
    name: r.name,
    area: r.area,
    roles: r.roles,
    influence: r.influence === null ? '' : String(r.influence),
    interest: r.interest === null ? '' : String(r.interest),
    engagementStatus: r.engagementStatus ?? '',
    statusDate: '',
    communicationChannels: r.communicationChannels.join(', '),
    practiceIds: r.practiceIds,
    description: r.description ?? '',
  };
}

/** The form field a service issue belongs to (`roles.0` → `roles`), or null for the form's general message. */
export function stakeholderFormField(field: string): string | null {
  const top = topField(field);
  return (STAKEHOLDER_FORM_FIELDS as readonly string[]).includes(top) ? top : null;
}
