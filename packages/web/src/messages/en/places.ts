import { addMessages } from '../../i18n.ts';

const COUNTRIES: Record<string, string> = {
  AL: 'Albania', AD: 'Andorra', AM: 'Armenia', AT: 'Austria', AZ: 'Azerbaijan', BA: 'Bosnia and Herzegovina',
  BE: 'Belgium', BG: 'Bulgaria', BY: 'Belarus', CH: 'Switzerland', CY: 'Cyprus', CZ: 'Czechia', DE: 'Germany',
  DK: 'Denmark', EE: 'Estonia', ES: 'Spain', FI: 'Finland', FR: 'France', GB: 'United Kingdom', GE: 'Georgia',
  GR: 'Greece', HR: 'Croatia', HU: 'Hungary', IE: 'Ireland', IS: 'Iceland', IT: 'Italy', LI: 'Liechtenstein',
  LT: 'Lithuania', LU: 'Luxembourg', LV: 'Latvia', MC: 'Monaco', MD: 'Moldova', ME: 'Montenegro', MK: 'North Macedonia',
  MT: 'Malta', NL: 'Netherlands', NO: 'Norway', PL: 'Poland', PT: 'Portugal', RO: 'Romania', RS: 'Serbia',
  SE: 'Sweden', SI: 'Slovenia', SK: 'Slovakia', SM: 'San Marino', TR: 'Türkiye', UA: 'Ukraine', XK: 'Kosovo',
};

const LANGUAGES: Record<string, string> = {
  ar: 'Arabic', bg: 'Bulgarian', ca: 'Catalan', cs: 'Czech', da: 'Danish', de: 'German', el: 'Greek', en: 'English',
  es: 'Spanish', et: 'Estonian', eu: 'Basque', fi: 'Finnish', fr: 'French', ga: 'Irish', hr: 'Croatian', hu: 'Hungarian',
  it: 'Italian', lt: 'Lithuanian', lv: 'Latvian', mt: 'Maltese', nl: 'Dutch', no: 'Norwegian', pl: 'Polish',
  pt: 'Portuguese', ro: 'Romanian', ru: 'Russian', sk: 'Slovak', sl: 'Slovenian', sq: 'Albanian', sr: 'Serbian',
  sv: 'Swedish', tr: 'Turkish', uk: 'Ukrainian',
};

/** Country names by ISO 3166-1 code (`country.IT`) and language names by ISO 639-1 code (`language.it`), English. */
export const places: Record<string, string> = {
  ...Object.fromEntries(Object.entries(COUNTRIES).map(([code, name]) => [`country.${code}`, name])),
  ...Object.fromEntries(Object.entries(LANGUAGES).map(([code, name]) => [`language.${code}`, name])),
};

addMessages('en', places);
