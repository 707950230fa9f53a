import { addMessages } from '../../i18n.ts';
import type { home as english } from '../en/home.ts';

/** The home page (Ukrainian, not yet reviewed by a native speaker). */
export const home = {
  'home.title': 'Convivio',
  'home.lead':
    'Відкрита бібліотека, де європейські міста діляться тим, як вони приймають і залучають мігрантів і біженців: практики, описані за спільним шаблоном, профілі міст і люди, які стоять за ними.',
  'home.search.label': 'Пошук у бібліотеці практик',
  'home.search.button': 'Шукати',
  'home.stats': 'Бібліотека в цифрах',
  'home.stats.practices': 'практик',
  'home.stats.cities': 'міст',
  'home.latestPractices': 'Нові практики',
  'home.latestCities': 'Профілі міст',
  'home.allPractices': 'Усі практики',
  'home.allCities': 'Усі міста',
  'home.what': 'Що тут можна зробити',
  'home.what.find':
    'Знаходити практики за темою, цільовою групою, країною чи типологією та читати їх за шаблоном MUST-a-Lab: результати, виклики, рекомендації та здобуті уроки.',
  'home.what.compare':
    'Порівнювати профілі міст поруч: населення, частка мігрантів, стратегія та підхід до участі мешканців.',
  'home.what.share': 'Редактори міст публікують власні практики та оновлюють профіль свого міста.',
} satisfies Record<keyof typeof english, string>;

addMessages('uk', home);
