import { addMessages } from '../../i18n.ts';
import type { themeLinks as english } from '../en/theme-links.ts';

/** Events' sessions and policy labs linked to practice themes (Dutch; machine-assisted, not reviewed by a native speaker). */
export const themeLinks = {
  'themes.events': 'Evenementen en sessies',
  'themes.sessionOn': '{kind}, {date}',
  'themes.noEvents': 'Nog geen gepubliceerd evenement heeft een sessie over dit thema.',
  'themes.labs': 'Beleidslabs',
  'themes.noLabs': 'Nog geen beleidslab werkt aan dit thema.',
  'themes.linked': "Thema's",
  'themes.linkHint': "De praktijkthema's waarover het gaat: het staat op hun themapagina's.",
  'themes.saveLinks': "Thema's opslaan",
  'events.form.themes': "Thema's",
} satisfies Record<keyof typeof english, string>;

addMessages('nl', themeLinks);
