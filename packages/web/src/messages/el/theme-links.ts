import { addMessages } from '../../i18n.ts';
import type { themeLinks as english } from '../en/theme-links.ts';

/** Events' sessions and policy labs linked to practice themes (Greek; machine-assisted, not reviewed by a native speaker). */
export const themeLinks = {
  'themes.events': 'Εκδηλώσεις και συνεδρίες',
  'themes.sessionOn': '{kind}, {date}',
  'themes.noEvents': 'Καμία δημοσιευμένη εκδήλωση δεν έχει ακόμη συνεδρία σε αυτό το θέμα.',
  'themes.labs': 'Εργαστήρια πολιτικής',
  'themes.noLabs': 'Κανένα εργαστήριο πολιτικής δεν ασχολείται ακόμη με αυτό το θέμα.',
  'themes.linked': 'Θέματα',
  'themes.linkHint': 'Τα θέματα πρακτικών με τα οποία ασχολείται: εμφανίζεται στις σελίδες τους.',
  'themes.saveLinks': 'Αποθήκευση θεμάτων',
  'events.form.themes': 'Θέματα',
} satisfies Record<keyof typeof english, string>;

addMessages('el', themeLinks);
