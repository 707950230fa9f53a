import { decimalSign, readLocaleNumber, writeNumber, type Translate } from '@convivio/web';
import type { FieldIssue } from '../errors.ts';

/** A URL-encoded form body as @fastify/formbody parses it (repeated names become lists). */
export type FormBody = Record<string, string | string[] | undefined>;

/** The body of a form post, or an empty one. */
export const formBody = (body: unknown): FormBody => (body && typeof body === 'object' ? (body as FormBody) : {});

/** A field's text, line endings normalised ('' when absent). */
export function text(body: FormBody, name: string): string {
  const v = body[name];
  const s = Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
  return s.replace(/\r\n?/g, '\n');
}

/** A field's text, or null when blank. */
export const optionalText = (body: FormBody, name: string): string | null =>
  text(body, name).trim() === '' ? null : text(body, name);

/** The values of a checkbox group. */
export function checked(body: FormBody, name: string): string[] {
  const v = body[name];
  return (Array.isArray(v) ? v : v ? [v] : []).filter((s) => s !== '');
}

/** A text area holding one entry per line, blank lines dropped. */
export const lines = (body: FormBody, name: string): string[] =>
  text(body, name)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** yes / no / '' radio buttons as true / false / null. */
export function yesNo(body: FormBody, name: string): boolean | null {
  const v = text(body, name);
  return v === 'yes' ? true : v === 'no' ? false : null;
}

/**
 * Reads numbers typed in forms as the page's language writes them (`readLocaleNumber`: "39,28" is
 * 39.28 in German, "1,200" is 1200 in English and 1.2 in French), collecting a problem per field
 * that is not a number, or could be read two ways, instead of guessing.
 */
export class NumberReader {
  readonly issues: FieldIssue[] = [];
  constructor(private readonly t: Translate) {}

  /** The number in a field, null when blank, or null plus an issue when it is not a number. */
  read(raw: string, field: string, integer = false): number | null {
    if (raw.trim() === '') return null;
    const lang = this.t.lang ?? 'en';
    const read = readLocaleNumber(raw, lang);
    if ('value' in read && (!integer || Number.isInteger(read.value))) return read.value;
    this.issues.push({
      field,
      message:
        'problem' in read && read.problem === 'ambiguous'
          ? this.t('form.msg.numberAmbiguous', {
              decimal: decimalSign(lang),
              example: writeNumber(lang, 1200.5, false),
            })
          : integer
            ? this.t('form.msg.integer')
            : this.t('form.msg.number', { example: writeNumber(lang, 39.28) }),
    });
    return null;
  }
}
