import { fieldMessage } from '@convivio/shared';
import { AppError, type FieldIssue } from '../errors.ts';

/** What a failed save shows on the form: messages by field, a message for the whole form, a newer version. */
export interface FormFailure {
  errors: Record<string, string>;
  general: string | null;
  /** After a 409 on `version`: the version now stored. */
  conflictVersion: number | null;
}

/** The issues an AppError carries (its list, or its one field and message). */
export function issuesOf(err: AppError): FieldIssue[] {
  return err.issues.length ? err.issues : [{ field: err.field ?? '(root)', message: err.message }];
}

/**
 * Places each issue next to the form field it concerns (`fieldFor` maps service field
 * paths to form names); an issue with no field on the form becomes the form's message.
 * The first message per field wins, so number problems found while reading the form
 * outrank the schema's "expected number"; fields are listed in the form's order (`rank`).
 */
export function formFailure(
  issues: FieldIssue[],
  fieldFor: (field: string) => string | null,
  rank: (name: string) => number = () => 0,
): FormFailure {
  const errors: Record<string, string> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const name = fieldFor(issue.field);
    if (name === null)
      general.push(issue.field === '(root)' ? issue.message : fieldMessage(issue.field, issue.message));
    else errors[name] ??= issue.message;
  }
  const ordered = Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
  return { errors: ordered, general: general.length ? general.join(' ') : null, conflictVersion: null };
}

/** The version a 409 conflict names ("now version 7"), when it is a version conflict. */
export function conflictVersion(err: AppError): number | null {
  if (err.code !== 'conflict' || err.field !== 'version') return null;
  const m = /now version (\d+)/.exec(err.message);
  return m ? Number(m[1]) : null;
}

/** Is this an error the form shows (bad input, a taken id, a stale version) rather than an error page? */
export const isFormError = (err: unknown): err is AppError =>
  err instanceof AppError && (err.code === 'validation_failed' || err.code === 'conflict');
