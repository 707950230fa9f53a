import { addLanguage } from '../../i18n.ts';

/** Greek: translated, not yet reviewed by a native speaker. */
addLanguage({ code: 'el', name: 'Ελληνικά', dir: 'ltr', locale: 'el', reviewed: false });
