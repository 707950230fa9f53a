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
  'home.map': 'Мережа на карті',
  'home.map.skip': 'Пропустити карту й перейти до огляду платформи',
  'home.map.explore':
    'Досліджуйте мережу: фільтруйте карту за темою, типологією чи цільовою групою або перегляньте її як список',
  'home.stats.events': 'подій',
  'home.stats.evidence': 'розрахунків показників',
  'home.stats.labs': 'лабораторій політик',
  'home.stats.signatories': 'міст-підписантів',
  'home.cities.text': 'Профілі з населенням, часткою мігрантів, стратегією та підходом до залучення громади.',
  'home.events.next': 'Наступна:',
  'home.events.latest': 'Остання:',
  'home.events.dates': 'з {start} по {end}',
  'home.events.none': 'Ще не опубліковано жодної події.',
  'home.evidence.text':
    'Концентрація мігрантів, різноманіття та сегрегація, обчислені на основі даних про населення в сітці, упорядковані за територіями та нанесені на карту.',
  'home.labs.text': 'Лабораторії політик у {cities} містах, етап за етапом: сесії, мікроексперименти та рекомендації.',
  'home.charter': 'Хартія інтегрувальних міст',
  'home.charter.text': 'Зобов’язань: {commitments}, і як кожне місто-підписант їх виконує.',
  'home.charter.none': 'Хартію ще не опубліковано.',
} satisfies Record<keyof typeof english, string>;

addMessages('uk', home);
