import { addMessages } from '../../i18n.ts';
import type { home as english } from '../en/home.ts';

/** The home page (Pashto, not yet reviewed by a native speaker). */
export const home = {
  'home.title': 'Convivio',
  'home.lead':
    'يو پرانيستی کتابتون چې اروپايي ښارونه په کې د کډوالو او پناه غوښتونکو د هرکلي او ګډون تجربې شريکوي: په يوه ګډ قالب کې بيان شوې تجربې، د ښارونو پېژندنې او هغه خلک چې تر شا يې دي.',
  'home.search.label': 'د تجربو په کتابتون کې لټون',
  'home.search.button': 'لټون',
  'home.stats': 'کتابتون په شمېرو کې',
  'home.stats.practices': 'تجربې',
  'home.stats.cities': 'ښارونه',
  'home.latestPractices': 'وروستۍ تجربې',
  'home.latestCities': 'د ښارونو پېژندنې',
  'home.allPractices': 'ټولې تجربې',
  'home.allCities': 'ټول ښارونه',
  'home.what': 'دلته څه کولای شئ',
  'home.what.find':
    'تجربې د موضوع، هدف ډلې، هېواد يا ډول له مخې ومومئ او د MUST-a-Lab په قالب کې يې ولولئ: پايلې، ننګونې، سپارښتنې او زده شوي درسونه.',
  'home.what.compare': 'د ښارونو پېژندنې څنګ په څنګ پرتله کړئ: نفوس، د کډوالو ونډه، ستراتيژي او ګډونوال چلند.',
  'home.what.share': 'د ښارونو سمونګر خپلې تجربې خپروي او د خپل ښار پېژندنه تازه ساتي.',
} satisfies Record<keyof typeof english, string>;

addMessages('ps', home);
