import { addMessages } from '../../i18n.ts';
import type { network as english } from '../en/network.ts';

/** The learning network: the map of Europe and its list (Dutch, not yet reviewed by a native speaker). */
export const network = {
  'nav.network': 'Netwerk',
  'network.title': 'Het lerende netwerk',
  'network.lead':
    'De steden van Convivio op een kaart van Europa. Elke cirkel is een stad; de oppervlakte groeit met het aantal praktijken dat de stad deelt. Kies een thema, een typologie of een doelgroep om te zien welke steden daaraan werken.',
  'network.filters': 'De praktijken tonen van',
  'network.filter.theme': 'Thema',
  'network.filter.typology': 'Typologie',
  'network.filter.targetGroup': 'Doelgroep',
  'network.filter.any': 'Alle',
  'network.filter.option': '{label} ({count})',
  'network.filter.apply': 'Op de kaart tonen',
  'network.filter.clear': 'Alle steden tonen',
  'network.summary': '{cities} steden, {practices} praktijken',
  'network.summary.one': '1 stad, {practices} praktijken',
  'network.map.label': 'Kaart van Europa met de steden van het netwerk',
  'network.map.skip': 'De kaart overslaan en naar de lijst van steden gaan',
  'network.map.city': '{name}, {country}: {count} praktijken',
  'network.map.cityOne': '{name}, {country}: 1 praktijk',
  'network.map.cityNone': '{name}, {country}: nog geen praktijk',
  'network.map.source': 'Landsgrenzen: Natural Earth (publiek domein), 1:110m, via world-atlas.',
  'network.legend': 'Praktijken',
  'network.legend.none': 'nog geen',
  'network.empty':
    'Geen enkele stad heeft een praktijk die aan deze filters voldoet. Kies een ander thema, een andere typologie of een andere doelgroep.',
  'network.list': 'Dezelfde steden als lijst',
  'network.list.caption': 'Steden op de kaart en hun praktijken, de meeste praktijken eerst',
  'network.list.city': 'Stad',
  'network.list.country': 'Land',
  'network.list.practices': 'Praktijken',
  'network.list.practicesLink': '{count} praktijken van {name}',
  'network.unlocated': 'Nog niet op de kaart (geen coördinaten)',
  'network.updating': 'De kaart wordt bijgewerkt…',
  'network.updated': 'Kaart bijgewerkt: {summary}',
} satisfies Record<keyof typeof english, string>;

addMessages('nl', network);
