import { addLanguage } from '../../i18n.ts';

/** Italian: translated, not yet reviewed by a native speaker. */
addLanguage({ code: 'it', name: 'Italiano', dir: 'ltr', locale: 'it', reviewed: false });
