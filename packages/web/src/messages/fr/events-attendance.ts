import { addMessages } from '../../i18n.ts';
import type { eventsAttendance as english } from '../en/events-attendance.ts';

/** Interface strings of check-in, attendance and calendar subscriptions (French; machine-assisted, not reviewed by a native speaker). */
export const eventsAttendance = {
  'events.badges.qr': 'Code d’enregistrement de {name}',
  'events.checkin.title': 'Enregistrement : {event}',
  'events.checkin.lead':
    'Scannez le code QR d’un badge (un scanner USB ou un téléphone saisit le code dans le champ et appuie sur Entrée), saisissez le code ou recherchez la personne par son nom.',
  'events.checkin.where': 'Enregistrer à',
  'events.checkin.wholeEvent': 'L’événement (arrivée)',
  'events.checkin.change': 'Changer',
  'events.checkin.code': 'Code d’enregistrement',
  'events.checkin.codeHint': 'Le code imprimé sous le code QR du badge.',
  'events.checkin.submit': 'Enregistrer l’arrivée',
  'events.checkin.camera': 'Scanner avec la caméra',
  'events.checkin.cameraStop': 'Arrêter la caméra',
  'events.checkin.cameraLabel': 'Image de la caméra pour scanner un badge',
  'events.checkin.search': 'Rechercher par nom ou organisation',
  'events.checkin.find': 'Rechercher',
  'events.checkin.results': 'Personnes trouvées : {count}',
  'events.checkin.noResults': 'Aucune personne inscrite ne correspond à « {query} ».',
  'events.checkin.person': 'Enregistrer {name}',
  'events.checkin.already': 'Enregistré à {time}',
  'events.checkin.done': 'Enregistré : {name} ({role}).',
  'events.checkin.again': '{name} était déjà enregistré ici à {time} ; rien n’a changé.',
  'events.checkin.counts': 'Enregistrés jusqu’à présent',
  'events.checkin.session': 'Session',
  'events.checkin.count': 'Enregistrés',
  'events.checkin.eventCount': '{count} sur {registered} inscrits',
  'events.checkin.link': 'Enregistrement et présence',
  'events.feed.title': 'S’abonner à mon agenda : {event}',
  'events.feed.lead':
    'Une application d’agenda (Google Agenda, Outlook, Calendrier Apple, Thunderbird) peut s’abonner à votre agenda via une adresse secrète et le tenir à jour. Toute personne qui connaît l’adresse peut lire votre agenda : gardez-la pour vous et révoquez-la en cas de fuite.',
  'events.feed.none': 'Vous n’avez pas encore d’adresse d’abonnement.',
  'events.feed.exists':
    'Vous avez une adresse d’abonnement, créée le {date}. Pour votre sécurité, elle n’est affichée qu’une fois : renouvelez-la pour en obtenir une nouvelle (l’ancienne cesse de fonctionner).',
  'events.feed.created':
    'Votre nouvelle adresse d’abonnement (affichée seulement maintenant ; copiez-la dans votre application d’agenda) :',
  'events.feed.address': 'Adresse d’abonnement',
  'events.feed.copy': 'Copier',
  'events.feed.copied': 'Copié.',
  'events.feed.create': 'Créer une adresse d’abonnement',
  'events.feed.renew': 'Renouveler l’adresse',
  'events.feed.revoke': 'Révoquer l’adresse',
  'events.feed.revoked': 'L’adresse d’abonnement a été révoquée : elle ne fonctionne plus.',
  'events.feed.link': 'S’abonner dans une application d’agenda',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', eventsAttendance);
