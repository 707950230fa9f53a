import { addMessages } from '../../i18n.ts';
import type { themeLinks as english } from '../en/theme-links.ts';

/** Events' sessions and policy labs linked to practice themes (Ukrainian; machine-assisted, not reviewed by a native speaker). */
export const themeLinks = {
  'themes.events': 'Заходи та сесії',
  'themes.sessionOn': '{kind}, {date}',
  'themes.noEvents': 'Жоден опублікований захід ще не має сесії на цю тему.',
  'themes.labs': 'Лабораторії політик',
  'themes.noLabs': 'Жодна лабораторія політик ще не працює над цією темою.',
  'themes.linked': 'Теми',
  'themes.linkHint': 'Теми практик, яких це стосується: воно показане на сторінках цих тем.',
  'themes.saveLinks': 'Зберегти теми',
  'events.form.themes': 'Теми',
} satisfies Record<keyof typeof english, string>;

addMessages('uk', themeLinks);
