import type { FormValues } from '@convivio/web';
import { text, type FormBody } from '../web/form-body.ts';
import { AppError, type FieldIssue } from '../errors.ts';

/** Reads whole numbers and amounts typed in lab forms, collecting a problem per field instead of guessing. */
export class LabFormReader {
  readonly issues: FieldIssue[] = [];
  readonly values: FormValues = {};
  constructor(private readonly body: FormBody) {}

  /** A text field (null when blank), remembered for showing the form again. */
  text(name: string): string | null {
    const v = text(this.body, name);
    this.values[name] = v;
    return v.trim() === '' ? null : v.trim();
  }

  /** A number field; `integer` rejects fractions. */
  number(name: string, integer: boolean): number | null {
    const raw = this.text(name);
    if (raw === null) return null;
    const n = Number(raw.replace(/\s/g, '').replace(/,(?=\d{1,2}$)/, '.'));
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < 0) {
      this.issues.push({
        field: name,
        message: integer ? 'Enter a whole number, such as 12' : 'Enter an amount, such as 1500 or 1500.50',
      });
      return null;
    }
    return n;
  }

  /** Throws the problems found while reading, if any. */
  assertValid(): void {
    const [first] = this.issues;
    if (first) throw new AppError('validation_failed', `${first.field}: ${first.message}`, first.field, this.issues);
  }
}
