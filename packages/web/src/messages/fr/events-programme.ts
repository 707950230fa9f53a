import { addMessages } from '../../i18n.ts';
import type { eventsProgramme as english } from '../en/events-programme.ts';

/** Interface strings of the timetable, the session pages, the saved sessions and the ranking lists (French; machine-assisted, not reviewed by a native speaker). */
export const eventsProgramme = {
  'events.rank.hint':
    'Classez les {what} dans l’ordre de votre préférence, la meilleure en premier. Classez-en au moins {min} et au plus {max}, ou aucune.',
  'events.rank.cornerHint': 'Vous écouterez {rounds} présentations, une à chaque tour.',
  'events.rank.what.parallel': 'sessions',
  'events.rank.what.corner': 'présentations',
  'events.rank.numberHint':
    'Donnez un numéro à chacune de celles que vous souhaitez, 1 pour la meilleure, et laissez les autres vides.',
  'events.rank.numberLabel': 'Rang',
  'events.rank.keysHint':
    'Cochez celles que vous souhaitez. Réordonnez avec les boutons de déplacement, avec les touches fléchées sur un bouton de déplacement, ou en faisant glisser la poignée.',
  'events.rank.number': 'Rang de {title}',
  'events.rank.include': 'Inclure {title}',
  'events.rank.up': 'Monter : {title}',
  'events.rank.down': 'Descendre : {title}',
  'events.rank.drag': 'Faire glisser pour réordonner : {title}',
  'events.rank.moved': '{title} : désormais choix {n} sur {count}.',
  'events.rank.included': '{title} inclus comme choix {n} sur {count}.',
  'events.rank.excluded': '{title} retiré de votre classement.',
  'events.rank.top': '{title} est déjà en premier.',
  'events.rank.bottom': '{title} est déjà le dernier de vos choix.',
  'events.rank.tooFew': '{point} : classez au moins {min} {what}, ou aucune (vous en avez classé {count}).',
  'events.rank.tooMany': '{point} : classez au plus {max} {what} (vous en avez classé {count}).',
  'events.rank.about': 'À propos',
  'events.rank.noDescription': 'Le programme ne donne pas de description.',
  'events.rank.notRanked': 'non classé',
  'events.rank.position': 'Choix {n}',
  'events.tt.noRoom': 'Salle non indiquée',
  'events.tt.placeNoRoom': '{venue}, salle non indiquée',
  'events.tt.count': '{count} sessions affichées.',
  'events.tt.countOne': '1 session affichée.',
  'events.tt.details': 'Détails',
  'events.filter.room': 'Lieu',
  'events.filter.roomNone': 'Salle non indiquée',
  'events.filter.q': 'Mots',
  'events.saved.add': 'Ajouter à mon agenda',
  'events.saved.remove': 'Retirer de mon agenda',
  'events.saved.in': 'Dans votre agenda',
  'events.saved.added': '{title} a été ajouté à votre agenda.',
  'events.saved.removed': '{title} a été retiré de votre agenda.',
  'events.saved.failed': 'Votre agenda n’a pas pu être modifié. Réessayez.',
  'events.saved.registerFirst': 'Inscrivez-vous à l’événement pour ajouter des sessions à votre agenda.',
  'events.saved.title': 'Sessions que vous avez ajoutées',
  'events.saved.lead':
    'Les sessions que vous avez ajoutées depuis le programme. Ajouter une session ne réserve pas de place : les places aux sessions parallèles suivent vos choix classés.',
  'events.saved.none':
    'Vous n’avez encore ajouté aucune session : utilisez « Ajouter à mon agenda » dans le programme.',
  'events.session.breadcrumb': 'Session',
  'events.session.when': 'Quand',
  'events.session.where': 'Où',
  'events.session.kind': 'Type',
  'events.session.sameTime': 'Au même moment',
  'events.session.people': 'Intervenants',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', eventsProgramme);
