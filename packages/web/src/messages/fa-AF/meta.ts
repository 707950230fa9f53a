import { addLanguage } from '../../i18n.ts';

/** Dari (Afghan Persian; BCP 47 fa-AF, which Intl knows, rather than ISO 639-3 prs, accepted as an alias): translated, not yet reviewed by a native speaker. */
addLanguage({ code: 'fa-AF', name: 'دری', dir: 'rtl', locale: 'fa-AF-u-ca-gregory', reviewed: false });
