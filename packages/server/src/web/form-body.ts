import type { Translate } from '@convivio/web';
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
 * Reads numbers typed in forms ("39,28" and "39.28" both work; "1,200" and "1 200" too), collecting a
 * problem per field that is not a number instead of guessing.
 */
export class NumberReader {
  readonly issues: FieldIssue[] = [];
  constructor(private readonly t: Translate) {}

  /** The number in a field, null when blank, or null plus an issue when it is not a number. */
  read(raw: string, field: string, integer = false): number | null {
    const s = raw.trim().replace(/[\s\u00a0]/g, '');
    if (s === '') return null;
    // "1,200" and "1,200,000" group thousands; any other single comma is a decimal comma ("39,28").
    const normalised = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)
      ? s.replace(/,/g, '')
      : /^-?\d+,\d+$/.test(s)
        ? s.replace(',', '.')
        : s;
    const n = Number(normalised);
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) {
      this.issues.push({ field, message: this.t(integer ? 'form.msg.integer' : 'form.msg.number') });
      return null;
    }
    return n;
  }
}
