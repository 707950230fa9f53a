import { common } from './messages/en/common.ts';

/**
 * The message catalogue: every interface string goes through `t`. Domains add their
 * own files under messages/<lang>/ and register them here; a language is added by
 * adding its catalogue, without touching the pages.
 */
const catalogues: Record<string, Record<string, string>> = {
  en: { ...common },
};

/** Adds messages to a language's catalogue (called once per domain file). */
export function addMessages(lang: string, messages: Record<string, string>): void {
  catalogues[lang] = { ...(catalogues[lang] ?? {}), ...messages };
}

export const LANGUAGES = () => Object.keys(catalogues);

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A translator for a language, falling back to English, then to the key itself. */
export function translator(lang = 'en'): Translate {
  const cat = catalogues[lang] ?? catalogues.en ?? {};
  return (key, params) => {
    const template = cat[key] ?? catalogues.en?.[key] ?? key;
    return params ? template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)) : template;
  };
}
