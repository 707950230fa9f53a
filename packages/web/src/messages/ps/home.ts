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
  'home.map': 'شبکه پر نقشه',
  'home.map.skip': 'نقشه پرېږدئ او د پلاتفورم عمومي کتنې ته لاړ شئ',
  'home.map.explore': 'شبکه وپلټئ: نقشه د موضوع، ډول یا هدف ډلې له مخې فلټر کړئ، یا یې د لړلیک په توګه ولولئ',
  'home.stats.events': 'پېښې',
  'home.stats.evidence': 'د شاخصونو محاسبې',
  'home.stats.labs': 'د پالیسۍ لابراتوارونه',
  'home.stats.signatories': 'لاسلیک کوونکي ښارونه',
  'home.cities.text': 'پروفایلونه د نفوس، د کډوالو برخې، ستراتیژۍ او ګډون‌والې تګلارې سره.',
  'home.events.next': 'راتلونکې:',
  'home.events.latest': 'وروستۍ:',
  'home.events.dates': 'له {start} څخه تر {end} پورې',
  'home.events.none': 'تر اوسه هېڅ پېښه نه ده خپره شوې.',
  'home.evidence.text':
    'د کډوالو تمرکز، تنوع او بېلتون، چې د شبکې پر حجرو د نفوس له شمېر څخه محاسبه شوي، د سیمې له مخې درجه‌بندي شوي او پر نقشه ښودل شوي دي.',
  'home.labs.text': 'په {cities} ښارونو کې د پالیسۍ لابراتوارونه، پړاو په پړاو: غونډې، کوچنۍ ازمېښتونه او سپارښتنې.',
  'home.charter': 'د ادغاموونکو ښارونو منشور',
  'home.charter.text': '{commitments} ژمنې، او هر لاسلیک کوونکی ښار په دې اړه چېرته ولاړ دی.',
  'home.charter.none': 'منشور تر اوسه نه دی خپور شوی.',
} satisfies Record<keyof typeof english, string>;

addMessages('ps', home);
