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
  'home.map': 'Le réseau sur une carte',
  'home.map.skip': 'Passer la carte et aller à la présentation de la plateforme',
  'home.map.explore':
    'Explorez le réseau : filtrez la carte par thème, typologie ou public cible, ou consultez-la sous forme de liste',
  'home.stats.events': 'événements',
  'home.stats.evidence': 'calculs d’indicateurs',
  'home.stats.labs': 'laboratoires de politiques',
  'home.stats.signatories': 'villes signataires',
  'home.cities.text': 'Profils avec population, part des migrants, stratégie et approche participative.',
  'home.events.next': 'Prochain :',
  'home.events.latest': 'Dernier :',
  'home.events.dates': 'du {start} au {end}',
  'home.events.none': 'Aucun événement n’est encore publié.',
  'home.evidence.text':
    'Concentration des migrants, diversité et ségrégation calculées à partir de comptages de population sur grille, classées par zone et cartographiées.',
  'home.labs.text':
    'Laboratoires de politiques dans {cities} villes, phase par phase : séances, micro-expérimentations et recommandations.',
  'home.charter': 'Charte des villes intégratrices',
  'home.charter.text': '{commitments} engagements, et la position de chaque ville signataire sur chacun d’eux.',
  'home.charter.none': 'La charte n’est pas encore publiée.',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', home);
