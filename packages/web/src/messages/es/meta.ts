import { addLanguage } from '../../i18n.ts';

/** Spanish: translated, not yet reviewed by a native speaker. */
addLanguage({ code: 'es', name: 'Español', dir: 'ltr', locale: 'es', reviewed: false });
