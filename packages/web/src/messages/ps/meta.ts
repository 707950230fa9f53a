import { addLanguage } from '../../i18n.ts';

/** Pashto: translated, not yet reviewed by a native speaker. */
addLanguage({ code: 'ps', name: 'پښتو', dir: 'rtl', locale: 'ps-u-ca-gregory', reviewed: false });
