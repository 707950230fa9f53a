import { addMessages } from '../../i18n.ts';

/** Interface strings of the events' sessions and policy labs linked to practice themes (English). */
export const themeLinks = {
  'themes.events': 'Events and sessions',
  'themes.sessionOn': '{kind}, {date}',
  'themes.noEvents': 'No published event has a session on this theme yet.',
  'themes.labs': 'Policy labs',
  'themes.noLabs': 'No policy lab works on this theme yet.',
  'themes.linked': 'Themes',
  'themes.linkHint': 'The practice themes it deals with: it is listed on their theme pages.',
  'themes.saveLinks': 'Save the themes',
  'events.form.themes': 'Themes',
} as const;

addMessages('en', themeLinks);
