import { addLanguage } from '../../i18n.ts';

/** Dutch: translated, not yet reviewed by a native speaker. */
addLanguage({ code: 'nl', name: 'Nederlands', dir: 'ltr', locale: 'nl', reviewed: false });
