import { addMessages } from '../../i18n.ts';
import type { network as english } from '../en/network.ts';

/** The learning network: the map of Europe and its list (Spanish, not yet reviewed by a native speaker). */
export const network = {
  'nav.network': 'Red',
  'network.title': 'La red de aprendizaje',
  'network.lead':
    'Las ciudades de Convivio en un mapa de Europa. Cada círculo es una ciudad; su área crece con el número de prácticas que comparte la ciudad. Elija un tema, una tipología o un grupo destinatario para ver qué ciudades trabajan en ello.',
  'network.filters': 'Mostrar las prácticas por',
  'network.filter.theme': 'Tema',
  'network.filter.typology': 'Tipología',
  'network.filter.targetGroup': 'Grupo destinatario',
  'network.filter.any': 'Cualquiera',
  'network.filter.option': '{label} ({count})',
  'network.filter.apply': 'Mostrar en el mapa',
  'network.filter.clear': 'Mostrar todas las ciudades',
  'network.summary': '{cities} ciudades, {practices} prácticas',
  'network.summary.one': '1 ciudad, {practices} prácticas',
  'network.map.label': 'Mapa de Europa con las ciudades de la red',
  'network.map.skip': 'Saltar el mapa e ir a la lista de ciudades',
  'network.map.city': '{name}, {country}: {count} prácticas',
  'network.map.cityOne': '{name}, {country}: 1 práctica',
  'network.map.cityNone': '{name}, {country}: todavía ninguna práctica',
  'network.map.source': 'Contornos de los países: Natural Earth (dominio público), 1:110m, a través de world-atlas.',
  'network.legend': 'Prácticas',
  'network.legend.none': 'todavía ninguna',
  'network.empty':
    'Ninguna ciudad tiene una práctica con estos filtros. Elija otro tema, otra tipología u otro grupo destinatario.',
  'network.list': 'Las mismas ciudades en forma de lista',
  'network.list.caption': 'Ciudades del mapa y sus prácticas, de más a menos prácticas',
  'network.list.city': 'Ciudad',
  'network.list.country': 'País',
  'network.list.practices': 'Prácticas',
  'network.list.practicesLink': 'Prácticas de {name}: {count}',
  'network.unlocated': 'Todavía no están en el mapa (sin coordenadas)',
  'network.updating': 'Actualizando el mapa…',
  'network.updated': 'Mapa actualizado: {summary}',
} satisfies Record<keyof typeof english, string>;

addMessages('es', network);
