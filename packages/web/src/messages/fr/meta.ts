import { addLanguage } from '../../i18n.ts';

/** French: translated, not yet reviewed by a native speaker. */
addLanguage({ code: 'fr', name: 'Français', dir: 'ltr', locale: 'fr', reviewed: false });
