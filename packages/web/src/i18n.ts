import { formatMessage } from './icu.ts';
import { common } from './messages/en/common.ts';

/** A language of the interface: its code (BCP 47), its name in its own script, its writing direction. */
export interface LanguageMeta {
  code: string;
  /** The language's name written in the language itself (for the language switcher). */
  name: string;
  dir: 'ltr' | 'rtl';
  /** The Intl locale dates and numbers are written in (Gregorian calendar, the locale's own digits). */
  locale: string;
  /** Has a native speaker reviewed the translation? Pages in an unreviewed language say so. */
  reviewed: boolean;
}

const ENGLISH: LanguageMeta = { code: 'en', name: 'English', dir: 'ltr', locale: 'en-GB', reviewed: true };
const languages = new Map<string, LanguageMeta>([['en', ENGLISH]]);

/**
 * The message catalogue: every interface string goes through `t`, written in ICU MessageFormat
 * (`{name}`, `{count, plural, one {# city} other {# cities}}`, `{kind, select, …}`). English is
 * complete; each domain's English file under messages/en/ registers itself here. A language is
 * its folder messages/<code>/: `meta.ts` (addLanguage) and one file per English file it
 * translates (addMessages), imported by its `index.ts`; a key a language lacks falls back to English.
 */
const catalogues: Record<string, Record<string, string>> = {
  en: { ...common },
};

/** Registers a language (its messages/<code>/meta.ts). */
export function addLanguage(meta: LanguageMeta): void {
  languages.set(meta.code, meta);
}

/**
 * Adds messages to a language's catalogue (called once per domain file, at import). The catalogue
 * grows in place: copying it for each of the hundreds of files cost about 0.4 s at every start.
 */
export function addMessages(lang: string, messages: Record<string, string>): void {
  Object.assign((catalogues[lang] ??= {}), messages);
}

/** The codes of the interface languages, English first. */
export const LANGUAGES = (): string[] => [...languages.keys()];

/** A language's description (English's for an unknown code). */
export const languageMeta = (code: string): LanguageMeta => languages.get(code) ?? ENGLISH;

/** The messages a language's catalogue holds itself (without the English fallback). */
export const catalogueOf = (lang: string): Readonly<Record<string, string>> => catalogues[lang] ?? {};

/** Translates a key with its arguments; `lang` is the language it translates into (English when unset). */
export interface Translate {
  (key: string, params?: Record<string, string | number>): string;
  readonly lang?: string;
}

/**
 * A translator for a language: its own message, else the English one (formatted as English),
 * else the key itself.
 */
export function translator(lang = 'en'): Translate {
  const meta = languageMeta(lang);
  const t = (key: string, params?: Record<string, string | number>): string => {
    const own = catalogues[meta.code]?.[key];
    if (own !== undefined) return formatMessage(own, meta.locale, params);
    const english = catalogues.en?.[key];
    return english === undefined ? key : formatMessage(english, ENGLISH.locale, params);
  };
  return Object.assign(t, { lang: meta.code });
}
