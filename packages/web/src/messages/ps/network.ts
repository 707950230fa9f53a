import { addMessages } from '../../i18n.ts';
import type { network as english } from '../en/network.ts';

/** The learning network: the map of Europe and its list (Pashto, not yet reviewed by a native speaker). */
export const network = {
  'nav.network': 'شبکه',
  'network.title': 'د زده کړې شبکه',
  'network.lead':
    'د Convivio ښارونه د اروپا پر نقشه. هره دايره يو ښار دی؛ د هغې مساحت د هغو تجربو له شمېر سره لويېږي چې ښار يې شريکوي. يوه موضوع، ډول‌بندي يا موخه ډله وټاکئ ترڅو وګورئ کوم ښارونه پرې کار کوي.',
  'network.filters': 'د دې تجربې وښايئ',
  'network.filter.theme': 'موضوع',
  'network.filter.typology': 'ډول‌بندي',
  'network.filter.targetGroup': 'موخه ډله',
  'network.filter.any': 'ټول',
  'network.filter.option': '{label} ({count})',
  'network.filter.apply': 'پر نقشه يې وښايئ',
  'network.filter.clear': 'ټول ښارونه وښايئ',
  'network.summary': '{cities} ښارونه، {practices} تجربې',
  'network.summary.one': '۱ ښار، {practices} تجربې',
  'network.map.label': 'د اروپا نقشه د شبکې له ښارونو سره',
  'network.map.skip': 'نقشه پرېږدئ او د ښارونو لړليک ته لاړ شئ',
  'network.map.city': '{name}، {country}: {count} تجربې',
  'network.map.cityOne': '{name}، {country}: ۱ تجربه',
  'network.map.cityNone': '{name}، {country}: تر اوسه هېڅ تجربه نشته',
  'network.map.source': 'د هېوادونو پولې: Natural Earth (عامه ملکيت)، 1:110m، د world-atlas له لارې.',
  'network.legend': 'تجربې',
  'network.legend.none': 'تر اوسه هېڅ',
  'network.empty': 'هېڅ ښار د دې فلټرونو سره تجربه نه لري. بله موضوع، ډول‌بندي يا موخه ډله وټاکئ.',
  'network.list': 'همدا ښارونه د لړليک په توګه',
  'network.list.caption': 'پر نقشه ښارونه او د هغوی تجربې، تر ټولو ډېرې تجربې لومړی',
  'network.list.city': 'ښار',
  'network.list.country': 'هېواد',
  'network.list.practices': 'تجربې',
  'network.list.practicesLink': 'د {name} {count} تجربې',
  'network.unlocated': 'تر اوسه پر نقشه نه دی (مختصات نه لري)',
  'network.updating': 'نقشه تازه کېږي…',
  'network.updated': 'نقشه تازه شوه: {summary}',
} satisfies Record<keyof typeof english, string>;

addMessages('ps', network);
