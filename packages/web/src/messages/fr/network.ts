import { addMessages } from '../../i18n.ts';
import type { network as english } from '../en/network.ts';

/** The learning network: the map of Europe and its list (French, not yet reviewed by a native speaker). */
export const network = {
  'nav.network': 'Réseau',
  'network.title': 'Le réseau d’apprentissage',
  'network.lead':
    'Les villes de Convivio sur une carte de l’Europe. Chaque cercle est une ville ; sa surface augmente avec le nombre de pratiques que la ville partage. Choisissez un thème, une typologie ou un groupe cible pour voir quelles villes y travaillent.',
  'network.filters': 'Afficher les pratiques par',
  'network.filter.theme': 'Thème',
  'network.filter.typology': 'Typologie',
  'network.filter.targetGroup': 'Groupe cible',
  'network.filter.any': 'Tous',
  'network.filter.option': '{label} ({count})',
  'network.filter.apply': 'Afficher sur la carte',
  'network.filter.clear': 'Afficher toutes les villes',
  'network.summary': '{cities} villes, {practices} pratiques',
  'network.summary.one': '1 ville, {practices} pratiques',
  'network.map.label': 'Carte de l’Europe avec les villes du réseau',
  'network.map.skip': 'Passer la carte et aller à la liste des villes',
  'network.map.city': '{name}, {country} : {count} pratiques',
  'network.map.cityOne': '{name}, {country} : 1 pratique',
  'network.map.cityNone': '{name}, {country} : aucune pratique pour l’instant',
  'network.map.source': 'Contours des pays : Natural Earth (domaine public), 1:110m, via world-atlas.',
  'network.legend': 'Pratiques',
  'network.legend.none': 'aucune pour l’instant',
  'network.empty':
    'Aucune ville n’a de pratique correspondant à ces filtres. Choisissez un autre thème, une autre typologie ou un autre groupe cible.',
  'network.list': 'Les mêmes villes sous forme de liste',
  'network.list.caption': 'Villes de la carte et leurs pratiques, par nombre de pratiques décroissant',
  'network.list.city': 'Ville',
  'network.list.country': 'Pays',
  'network.list.practices': 'Pratiques',
  'network.list.practicesLink': 'Pratiques de {name} : {count}',
  'network.unlocated': 'Pas encore sur la carte (sans coordonnées)',
  'network.updating': 'Mise à jour de la carte…',
  'network.updated': 'Carte mise à jour : {summary}',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', network);
