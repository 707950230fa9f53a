import { addMessages } from '../../i18n.ts';
import type { themeLinks as english } from '../en/theme-links.ts';

/** Events' sessions and policy labs linked to practice themes (Italian; machine-assisted, not reviewed by a native speaker). */
export const themeLinks = {
  'themes.events': 'Eventi e sessioni',
  'themes.sessionOn': '{kind}, {date}',
  'themes.noEvents': 'Nessun evento pubblicato ha ancora una sessione su questo tema.',
  'themes.labs': 'Laboratori di policy',
  'themes.noLabs': 'Nessun laboratorio di policy lavora ancora su questo tema.',
  'themes.linked': 'Temi',
  'themes.linkHint': 'I temi di pratiche di cui si occupa: compare nelle loro pagine di tema.',
  'themes.saveLinks': 'Salva i temi',
  'events.form.themes': 'Temi',
} satisfies Record<keyof typeof english, string>;

addMessages('it', themeLinks);
