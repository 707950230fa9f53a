import { languageMeta } from './i18n.ts';

/** A number read from a form: its value, or why it cannot be read. */
export type ReadNumber = { value: number } | { problem: 'invalid' | 'ambiguous' };

/** The decimal sign and the grouping sign of a locale, as ASCII ('.' or ',') where the locale uses its own. */
function signs(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const decimal = normalise(parts.find((p) => p.type === 'decimal')?.value ?? '.');
  const group = normalise(parts.find((p) => p.type === 'group')?.value ?? ',');
  return { decimal, group: /^\s$/u.test(group) ? ' ' : group };
}

/** Locale digits as ASCII digits, the Arabic decimal and grouping signs as '.' and ',', every space as ' '. */
function normalise(s: string): string {
  return s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',')
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/[\s\u00a0\u202f\u2009]/gu, ' ');
}

const DIGITS = /^\d+$/;

/** The decimal sign of a language as its readers write it ("," in French, "٫" in Dari). */
export const decimalSign = (lang: string): string =>
  new Intl.NumberFormat(languageMeta(lang).locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';

/** A number as a language writes it (for examples in messages), grouped or not. */
export const writeNumber = (lang: string, n: number, grouping = true): string =>
  new Intl.NumberFormat(languageMeta(lang).locale, { useGrouping: grouping, maximumFractionDigits: 20 }).format(n);

/**
 * Reads a number as a reader of `lang` writes it. The language's decimal sign makes a decimal
 * ("39,28" in French or German, "39.28" in English); the other sign groups thousands when the
 * language groups with it ("1,200" in English, "1.200" in German, both 1200). "1,200" is therefore
 * 1.2 in French and 1200 in English. Spaces group thousands everywhere. A sign the language does not
 * group with followed by exactly three digits ("1.200" in French) could be either: it is refused as
 * ambiguous; anything else that is not a number is refused as invalid.
 */
export function readLocaleNumber(raw: string, lang: string): ReadNumber {
  const { decimal, group } = signs(languageMeta(lang).locale);
  const other = decimal === '.' ? ',' : '.';
  let s = normalise(raw).trim();
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1).trim();
  if (/ /.test(s)) {
    if (!/^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/.test(s)) return { problem: 'invalid' };
    s = s.replace(/ /g, '');
  }
  const [whole = '', fraction, ...rest] = s.split(decimal);
  if (rest.length || (whole === '' && fraction === undefined) || (fraction !== undefined && !DIGITS.test(fraction)))
    return { problem: 'invalid' };
  let integer = whole === '' ? '0' : whole;
  if (whole.includes(other)) {
    const groups = whole.split(other);
    const grouped = /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
    if (grouped && (group === other || fraction !== undefined)) integer = groups.join('');
    else if (grouped) return { problem: 'ambiguous' };
    else if (groups.length === 2 && fraction === undefined && groups.every((g) => DIGITS.test(g)))
      // "39.28" in German, "39,28" in English: only a decimal reading is possible.
      return { value: (negative ? -1 : 1) * Number(`${groups[0]}.${groups[1]}`) };
    else return { problem: 'invalid' };
  }
  if (!DIGITS.test(integer)) return { problem: 'invalid' };
  const value = Number(fraction === undefined ? integer : `${integer}.${fraction}`);
  return Number.isFinite(value) ? { value: negative ? -value : value } : { problem: 'invalid' };
}
