import { addMessages } from '../../i18n.ts';
import type { themeLinks as english } from '../en/theme-links.ts';

/** Events' sessions and policy labs linked to practice themes (French; machine-assisted, not reviewed by a native speaker). */
export const themeLinks = {
  'themes.events': 'Événements et sessions',
  'themes.sessionOn': '{kind}, {date}',
  'themes.noEvents': "Aucun événement publié n'a encore de session sur ce thème.",
  'themes.labs': 'Laboratoires politiques',
  'themes.noLabs': 'Aucun laboratoire politique ne travaille encore sur ce thème.',
  'themes.linked': 'Thèmes',
  'themes.linkHint': 'Les thèmes de pratiques dont il traite : il figure sur leurs pages de thème.',
  'themes.saveLinks': 'Enregistrer les thèmes',
  'events.form.themes': 'Thèmes',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', themeLinks);
