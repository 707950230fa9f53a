import { addMessages } from '../../i18n.ts';
import type { network as english } from '../en/network.ts';

/** The learning network: the map of Europe and its list (German, not yet reviewed by a native speaker). */
export const network = {
  'nav.network': 'Netzwerk',
  'network.title': 'Das Lernnetzwerk',
  'network.lead':
    'Die Städte von Convivio auf einer Europakarte. Jeder Kreis ist eine Stadt; seine Fläche wächst mit der Zahl der Praktiken, die die Stadt teilt. Wählen Sie ein Thema, eine Typologie oder eine Zielgruppe, um zu sehen, welche Städte daran arbeiten.',
  'network.filters': 'Praktiken anzeigen nach',
  'network.filter.theme': 'Thema',
  'network.filter.typology': 'Typologie',
  'network.filter.targetGroup': 'Zielgruppe',
  'network.filter.any': 'Alle',
  'network.filter.option': '{label} ({count})',
  'network.filter.apply': 'Auf der Karte anzeigen',
  'network.filter.clear': 'Alle Städte anzeigen',
  'network.summary': '{cities} Städte, {practices} Praktiken',
  'network.summary.one': '1 Stadt, {practices} Praktiken',
  'network.map.label': 'Europakarte mit den Städten des Netzwerks',
  'network.map.skip': 'Karte überspringen und zur Liste der Städte',
  'network.map.city': '{name}, {country}: {count} Praktiken',
  'network.map.cityOne': '{name}, {country}: 1 Praktik',
  'network.map.cityNone': '{name}, {country}: noch keine Praktik',
  'network.map.source': 'Ländergrenzen: Natural Earth (gemeinfrei), 1:110m, über world-atlas.',
  'network.legend': 'Praktiken',
  'network.legend.none': 'noch keine',
  'network.empty':
    'Keine Stadt hat eine Praktik, die diesen Filtern entspricht. Wählen Sie ein anderes Thema, eine andere Typologie oder eine andere Zielgruppe.',
  'network.list': 'Dieselben Städte als Liste',
  'network.list.caption': 'Städte auf der Karte und ihre Praktiken, die meisten Praktiken zuerst',
  'network.list.city': 'Stadt',
  'network.list.country': 'Land',
  'network.list.practices': 'Praktiken',
  'network.list.practicesLink': 'Praktiken von {name}: {count}',
  'network.unlocated': 'Noch nicht auf der Karte (keine Koordinaten)',
  'network.updating': 'Die Karte wird aktualisiert…',
  'network.updated': 'Karte aktualisiert: {summary}',
} satisfies Record<keyof typeof english, string>;

addMessages('de', network);
