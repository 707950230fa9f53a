import { addMessages } from '../../i18n.ts';
import type { follows as english } from '../en/follows.ts';

/** Interface strings of a person's follows and their digest (French; machine-assisted, not reviewed by a native speaker). */
export const follows = {
  'follows.title': 'Mes suivis',
  'follows.lead':
    'Suivez des villes, des thèmes et des défis, et lisez ici ce qui a changé depuis votre dernière visite.',
  'follows.follow': 'Suivre {name}',
  'follows.unfollow': 'Ne plus suivre {name}',
  'follows.following': 'Vous suivez {name}.',
  'follows.none': 'Vous ne suivez encore rien.',
  'follows.kind.city': 'Ville',
  'follows.kind.theme': 'Thème',
  'follows.kind.challenge': 'Défi',
  'follows.add': 'Suivre un thème ou un défi',
  'follows.what': 'Que suivre',
  'follows.digest': 'Ce qui a changé depuis le {date}',
  'follows.nothingNew': 'Rien de nouveau dans ce que vous suivez depuis.',
  'follows.practiceNew': 'Nouvelle pratique : {name}',
  'follows.practiceUpdated': 'Pratique mise à jour : {name}',
  'follows.assessment': 'Évaluation de la charte dans {cycle} : {commitment}, {status}',
  'follows.eventNew': 'Nouvel événement : {name}, {date}',
  'follows.eventRegistration': 'Inscriptions ouvertes : {name}, {date}',
  'follows.evidenceRun': 'Nouveaux résultats d’indicateurs : {name}',
  'follows.markRead': 'Marquer comme lu',
  'follows.email': 'Le résumé par e-mail',
  'follows.frequency.off': 'Jamais',
  'follows.frequency.weekly': 'Chaque semaine',
  'follows.saveEmail': 'Enregistrer',
  'follows.saved': 'Enregistré.',
  'themes.title': 'Thèmes',
  'themes.lead':
    'Les thèmes de la bibliothèque de pratiques : ouvrez-en un pour voir ses pratiques, les villes actives et ses défis, et le suivre.',
  'themes.caption': 'Thèmes des pratiques avec leurs pratiques publiées et leurs défis',
  'themes.theme': 'Thème',
  'themes.practices': 'Pratiques',
  'themes.challenges': 'Défis',
  'themes.practicesOf': 'Pratiques ({count})',
  'themes.search': 'Rechercher les pratiques de ce thème',
  'themes.noPractices': 'Aucune pratique publiée sur ce thème pour l’instant.',
  'themes.cities': 'Villes actives dans ce thème',
  'themes.cityPractices': '{count, plural, one {# pratique} other {# pratiques}}',
  'themes.noCities': 'Aucune ville n’a encore de pratique publiée sur ce thème.',
  'themes.noChallenges': 'Aucun défi de la taxonomie ne cite ce thème.',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', follows);
