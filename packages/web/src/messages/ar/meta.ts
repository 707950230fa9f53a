import { addLanguage } from '../../i18n.ts';

/** Arabic: translated, not yet reviewed by a native speaker. */
addLanguage({ code: 'ar', name: 'العربية', dir: 'rtl', locale: 'ar', reviewed: false });
