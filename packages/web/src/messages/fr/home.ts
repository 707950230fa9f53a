import { addMessages } from '../../i18n.ts';
import type { home as english } from '../en/home.ts';

/** The home page (French, not yet reviewed by a native speaker). */
export const home = {
  'home.title': 'Convivio',
  'home.lead':
    'Une bibliothèque ouverte où les villes européennes partagent leur manière d’accueillir et d’inclure les personnes migrantes et réfugiées : des pratiques décrites selon un modèle commun, des profils de villes et les personnes qui les portent.',
  'home.search.label': 'Rechercher dans la bibliothèque de pratiques',
  'home.search.button': 'Rechercher',
  'home.stats': 'La bibliothèque en chiffres',
  'home.stats.practices': 'pratiques',
  'home.stats.cities': 'villes',
  'home.latestPractices': 'Dernières pratiques',
  'home.latestCities': 'Profils de villes',
  'home.allPractices': 'Toutes les pratiques',
  'home.allCities': 'Toutes les villes',
  'home.what': 'Ce que vous pouvez faire ici',
  'home.what.find':
    'Trouver des pratiques par thème, groupe cible, pays ou typologie, et les lire selon le modèle MUST-a-Lab : résultats, difficultés, recommandations et enseignements.',
  'home.what.compare':
    'Comparer des profils de villes côte à côte : population, part de personnes migrantes, stratégie et démarche participative.',
  'home.what.share':
    'Les éditeurs de ville publient leurs propres pratiques et tiennent à jour le profil de leur ville.',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', home);
