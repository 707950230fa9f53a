import { addLanguage } from '../../i18n.ts';

/** Ukrainian: translated, not yet reviewed by a native speaker. */
addLanguage({ code: 'uk', name: 'Українська', dir: 'ltr', locale: 'uk', reviewed: false });
