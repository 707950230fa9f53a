import { addLanguage } from '../../i18n.ts';

/** German: translated, not yet reviewed by a native speaker. */
addLanguage({ code: 'de', name: 'Deutsch', dir: 'ltr', locale: 'de', reviewed: false });
