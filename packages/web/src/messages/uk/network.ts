import { addMessages } from '../../i18n.ts';
import type { network as english } from '../en/network.ts';

/** The learning network: the map of Europe and its list (Ukrainian, not yet reviewed by a native speaker). */
export const network = {
  'nav.network': 'Мережа',
  'network.title': 'Мережа навчання',
  'network.lead':
    'Міста Convivio на карті Європи. Кожне коло — це місто; його площа зростає разом із кількістю практик, якими ділиться місто. Виберіть тему, типологію або цільову групу, щоб побачити, які міста над нею працюють.',
  'network.filters': 'Показати практики за',
  'network.filter.theme': 'Тема',
  'network.filter.typology': 'Типологія',
  'network.filter.targetGroup': 'Цільова група',
  'network.filter.any': 'Будь-яка',
  'network.filter.option': '{label} ({count})',
  'network.filter.apply': 'Показати на карті',
  'network.filter.clear': 'Показати всі міста',
  'network.summary': 'Міст: {cities}, практик: {practices}',
  'network.summary.one': '1 місто, практик: {practices}',
  'network.map.label': 'Карта Європи з містами мережі',
  'network.map.skip': 'Пропустити карту й перейти до списку міст',
  'network.map.city': '{name}, {country}: практик — {count}',
  'network.map.cityOne': '{name}, {country}: 1 практика',
  'network.map.cityNone': '{name}, {country}: практик ще немає',
  'network.map.source': 'Контури країн: Natural Earth (суспільне надбання), 1:110m, через world-atlas.',
  'network.legend': 'Практики',
  'network.legend.none': 'ще немає',
  'network.empty': 'Жодне місто не має практики з такими фільтрами. Виберіть іншу тему, типологію або цільову групу.',
  'network.list': 'Ті самі міста у вигляді списку',
  'network.list.caption': 'Міста на карті та їхні практики, спершу ті, що мають найбільше практик',
  'network.list.city': 'Місто',
  'network.list.country': 'Країна',
  'network.list.practices': 'Практики',
  'network.list.practicesLink': 'Практики міста {name}: {count}',
  'network.unlocated': 'Ще не на карті (немає координат)',
  'network.updating': 'Оновлення карти…',
  'network.updated': 'Карту оновлено: {summary}',
} satisfies Record<keyof typeof english, string>;

addMessages('uk', network);
