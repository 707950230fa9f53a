import { addMessages } from '../../i18n.ts';

/** The learning network: the map of Europe and its list (English). */
export const network = {
  'nav.network': 'Network',
  'network.title': 'The learning network',
  'network.lead':
    'The cities of Convivio on a map of Europe. Each circle is a city; its area grows with the number of practices the city shares. Choose a theme, a typology or a target group to see which cities work on it.',
  'network.filters': 'Show the practices of',
  'network.filter.theme': 'Theme',
  'network.filter.typology': 'Typology',
  'network.filter.targetGroup': 'Target group',
  'network.filter.any': 'Any',
  'network.filter.option': '{label} ({count})',
  'network.filter.apply': 'Show on the map',
  'network.filter.clear': 'Show every city',
  'network.summary': '{cities} cities, {practices} practices',
  'network.summary.one': '1 city, {practices} practices',
  'network.map.label': 'Map of Europe with the cities of the network',
  'network.map.skip': 'Skip the map to the list of cities',
  'network.map.city': '{name}, {country}: {count} practices',
  'network.map.cityOne': '{name}, {country}: 1 practice',
  'network.map.cityNone': '{name}, {country}: no practice yet',
  'network.map.source': 'Country outlines: Natural Earth (public domain), 1:110m, via world-atlas.',
  'network.legend': 'Practices',
  'network.legend.none': 'none yet',
  'network.empty': 'No city has a practice with these filters. Choose another theme, typology or target group.',
  'network.list': 'The same cities as a list',
  'network.list.caption': 'Cities on the map and their practices, most practices first',
  'network.list.city': 'City',
  'network.list.country': 'Country',
  'network.list.practices': 'Practices',
  'network.list.practicesLink': '{count} practices of {name}',
  'network.unlocated': 'Not on the map yet (no coordinates)',
  'network.updating': 'Updating the map…',
  'network.updated': 'Map updated: {summary}',
} as const;

addMessages('en', network);
