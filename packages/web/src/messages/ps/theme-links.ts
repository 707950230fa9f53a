import { addMessages } from '../../i18n.ts';
import type { themeLinks as english } from '../en/theme-links.ts';

/** Events' sessions and policy labs linked to practice themes (Pashto; machine-assisted, not reviewed by a native speaker). */
export const themeLinks = {
  'themes.events': 'پېښې او غونډې',
  'themes.sessionOn': '{kind}، {date}',
  'themes.noEvents': 'تر اوسه هېڅ خپره شوې پېښه د دې موضوع په اړه غونډه نه لري.',
  'themes.labs': 'د پالیسۍ لابراتوارونه',
  'themes.noLabs': 'تر اوسه هېڅ د پالیسۍ لابراتوار پر دې موضوع کار نه کوي.',
  'themes.linked': 'موضوعات',
  'themes.linkHint': 'د کړنو هغه موضوعات چې ورسره تړاو لري: د دغو موضوعاتو په پاڼو کې ښودل کېږي.',
  'themes.saveLinks': 'موضوعات خوندي کړئ',
  'events.form.themes': 'موضوعات',
} satisfies Record<keyof typeof english, string>;

addMessages('ps', themeLinks);
