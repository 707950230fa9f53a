import { addMessages } from '../../i18n.ts';
import type { eventsAttendance as english } from '../en/events-attendance.ts';

/** Interface strings of check-in, attendance and calendar subscriptions (Italian; machine-assisted, not reviewed by a native speaker). */
export const eventsAttendance = {
  'events.badges.qr': 'Codice di check-in di {name}',
  'events.checkin.title': 'Check-in: {event}',
  'events.checkin.lead':
    'Scansioni il codice QR su un badge (uno scanner USB o del telefono digita il codice nel campo e preme Invio), digiti il codice o cerchi la persona per nome.',
  'events.checkin.where': 'Check-in presso',
  'events.checkin.wholeEvent': 'L’evento (arrivo)',
  'events.checkin.change': 'Cambia',
  'events.checkin.code': 'Codice di check-in',
  'events.checkin.codeHint': 'Il codice stampato sotto il codice QR del badge.',
  'events.checkin.submit': 'Registra il check-in',
  'events.checkin.camera': 'Scansiona con la fotocamera',
  'events.checkin.cameraStop': 'Ferma la fotocamera',
  'events.checkin.cameraLabel': 'Immagine della fotocamera per scansionare un badge',
  'events.checkin.search': 'Cerca per nome o organizzazione',
  'events.checkin.find': 'Cerca',
  'events.checkin.results': 'Persone trovate: {count}',
  'events.checkin.noResults': 'Nessuna persona iscritta corrisponde a «{query}».',
  'events.checkin.person': 'Check-in di {name}',
  'events.checkin.already': 'Check-in alle {time}',
  'events.checkin.done': 'Check-in registrato: {name} ({role}).',
  'events.checkin.again': '{name} aveva già fatto il check-in qui alle {time}; non è cambiato nulla.',
  'events.checkin.counts': 'Check-in finora',
  'events.checkin.session': 'Sessione',
  'events.checkin.count': 'Check-in',
  'events.checkin.eventCount': '{count} su {registered} iscritti',
  'events.checkin.link': 'Check-in e presenze',
  'events.feed.title': 'Abbonati alla mia agenda: {event}',
  'events.feed.lead':
    'Un’app di calendario (Google Calendar, Outlook, Calendario di Apple, Thunderbird) può abbonarsi alla Sua agenda tramite un indirizzo segreto e mantenerla aggiornata. Chiunque conosca l’indirizzo può leggere la Sua agenda: lo tenga per sé e lo revochi se viene divulgato.',
  'events.feed.none': 'Non ha ancora un indirizzo di abbonamento.',
  'events.feed.exists':
    'Ha un indirizzo di abbonamento, creato il {date}. Per la Sua sicurezza viene mostrato una sola volta: lo rinnovi per ottenerne uno nuovo (quello vecchio smette di funzionare).',
  'events.feed.created':
    'Il Suo nuovo indirizzo di abbonamento (mostrato solo ora; lo copi nella Sua app di calendario):',
  'events.feed.address': 'Indirizzo di abbonamento',
  'events.feed.copy': 'Copia',
  'events.feed.copied': 'Copiato.',
  'events.feed.create': 'Crea un indirizzo di abbonamento',
  'events.feed.renew': 'Rinnova l’indirizzo',
  'events.feed.revoke': 'Revoca l’indirizzo',
  'events.feed.revoked': 'L’indirizzo di abbonamento è stato revocato: non funziona più.',
  'events.feed.link': 'Abbonati da un’app di calendario',
} satisfies Record<keyof typeof english, string>;

addMessages('it', eventsAttendance);
