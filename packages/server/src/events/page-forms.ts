import type { FormValues } from '@convivio/web';
import type { FieldIssue } from '../errors.ts';
import { checked, optionalText, text, type FormBody } from '../web/form-body.ts';
import type { ParticipantRow } from './participant-queries.ts';
import { topField } from '../records/field-path.ts';

const FIELDS = ['name', 'email', 'organisation', 'cityId', 'role', 'languages', 'accessibilityNeeds', 'consent'];

/** The registration input a posted form stands for (consent only when its box is ticked). */
export function registrationFromForm(body: FormBody): Record<string, unknown> {
  return {
    name: text(body, 'name').trim(),
    email: text(body, 'email').trim(),
    organisation: optionalText(body, 'organisation'),
    cityId: optionalText(body, 'cityId'),
    role: text(body, 'role'),
    languages: checked(body, 'languages'),
    accessibilityNeeds: optionalText(body, 'accessibilityNeeds'),
    consent: checked(body, 'consent').includes('yes'),
  };
}

/** The form values that redisplay a posted registration form. */
export function registrationFormValues(body: FormBody): FormValues {
  return {
    name: text(body, 'name'),
    email: text(body, 'email'),
    organisation: text(body, 'organisation'),
    cityId: text(body, 'cityId'),
    role: text(body, 'role'),
    languages: checked(body, 'languages'),
    accessibilityNeeds: text(body, 'accessibilityNeeds'),
    consent: checked(body, 'consent'),
  };
}

/** The form values of a stored registration (or the account's name and email for a new one). */
export function registrationValues(row: ParticipantRow | null, account: { name: string; email: string }): FormValues {
  if (!row) return { name: account.name, email: account.email, role: 'city-official', languages: [], consent: [] };
  return {
    name: row.name,
    email: row.email,
    organisation: row.organisation ?? '',
    cityId: row.city_id ?? '',
    role: row.role,
    languages: row.languages,
    accessibilityNeeds: row.accessibility_needs ?? '',
    consent: ['yes'],
  };
}

/** Problems by form field (`languages.0` → `languages`); the first message per field wins. */
export function registrationErrors(issues: FieldIssue[]): { errors: Record<string, string>; general: string | null } {
  const errors: Record<string, string> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const name = topField(issue.field);
    if (FIELDS.includes(name)) errors[name] ??= issue.message;
    else general.push(issue.message);
  }
  return { errors, general: general.length ? general.join(' ') : null };
}
