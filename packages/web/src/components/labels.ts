import { languageMeta, type Translate } from '../i18n.ts';

/** A catalogue entry, or `fallback` when the catalogue has none (t returns the key itself then). */
export function labelOr(t: Translate, key: string, fallback: string): string {
  const text = t(key);
  return text === key ? fallback : text;
}

/** A country's name from its ISO 3166-1 code (the code itself when unknown). */
export const countryName = (t: Translate, code: string | null | undefined): string =>
  code ? labelOr(t, `country.${code}`, code) : '';

/** A language's name from its ISO 639-1 code (the code itself when unknown). */
export const languageName = (t: Translate, code: string): string => labelOr(t, `language.${code}`, code);

/** Catalogue prefixes of the facet values that are vocabulary terms. */
const VALUE_KEYS: Record<string, string> = {
  theme: 'theme',
  targetGroup: 'targetGroup',
  typology: 'typology',
  actionPlanArea: 'actionPlanArea',
  systematized: 'systematized',
  period: 'period',
  kind: 'kind',
};

/** The human label of a facet value: country and language names, city names, vocabulary labels. */
export function facetValueLabel(t: Translate, facet: string, value: string, cityNames: Record<string, string>): string {
  if (facet === 'country') return countryName(t, value);
  if (facet === 'language') return languageName(t, value);
  if (facet === 'city') return cityNames[value] ?? value;
  const prefix = VALUE_KEYS[facet];
  return prefix ? labelOr(t, `${prefix}.${value}`, value) : value;
}

/**
 * The formatting locale of a page language (its meta's `locale`): European conventions for English
 * (day month year, 24-hour clock), the Gregorian calendar and each locale's own digits.
 */
export const locale = (lang: string): string => languageMeta(lang).locale;

/** A number in the reader's language, at most two decimals (12,345.67 in English). */
export function formatNumber(lang: string, n: number, maxDecimals = 2): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: maxDecimals }).format(n);
}

/** A date in the reader's language (e.g. 3 March 2024), in UTC so every reader sees the same day. */
export function formatDate(lang: string, iso: string | Date): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

/** A date and time in the reader's language, in UTC. */
export function formatDateTime(lang: string, iso: string | Date): string {
  return (
    new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
      new Date(iso),
    ) + ' UTC'
  );
}
