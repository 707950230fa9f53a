import { addMessages } from '../../i18n.ts';
import type { themeLinks as english } from '../en/theme-links.ts';

/** Events' sessions and policy labs linked to practice themes (German; machine-assisted, not reviewed by a native speaker). */
export const themeLinks = {
  'themes.events': 'Veranstaltungen und Sitzungen',
  'themes.sessionOn': '{kind}, {date}',
  'themes.noEvents': 'Noch keine veröffentlichte Veranstaltung hat eine Sitzung zu diesem Thema.',
  'themes.labs': 'Policy Labs',
  'themes.noLabs': 'Noch kein Policy Lab arbeitet zu diesem Thema.',
  'themes.linked': 'Themen',
  'themes.linkHint': 'Die Praxisthemen, um die es geht: Es wird auf deren Themenseiten aufgeführt.',
  'themes.saveLinks': 'Themen speichern',
  'events.form.themes': 'Themen',
} satisfies Record<keyof typeof english, string>;

addMessages('de', themeLinks);
