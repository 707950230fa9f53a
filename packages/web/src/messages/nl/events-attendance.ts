import { addMessages } from '../../i18n.ts';
import type { eventsAttendance as english } from '../en/events-attendance.ts';

/** Interface strings of check-in, attendance and calendar subscriptions (Dutch; machine-assisted, not reviewed by a native speaker). */
export const eventsAttendance = {
  'events.badges.qr': 'Incheckcode van {name}',
  'events.checkin.title': 'Inchecken: {event}',
  'events.checkin.lead':
    'Scan de QR-code op een badge (een USB- of telefoonscanner typt de code in het veld en drukt op Enter), typ de code of zoek de persoon op naam.',
  'events.checkin.where': 'Inchecken bij',
  'events.checkin.wholeEvent': 'Het evenement (aankomst)',
  'events.checkin.change': 'Wijzigen',
  'events.checkin.code': 'Incheckcode',
  'events.checkin.codeHint': 'De code die onder de QR-code op de badge staat.',
  'events.checkin.submit': 'Inchecken',
  'events.checkin.camera': 'Scannen met de camera',
  'events.checkin.cameraStop': 'Camera stoppen',
  'events.checkin.cameraLabel': 'Camerabeeld voor het scannen van een badge',
  'events.checkin.search': 'Zoeken op naam of organisatie',
  'events.checkin.find': 'Zoeken',
  'events.checkin.results': 'Gevonden personen: {count}',
  'events.checkin.noResults': 'Geen ingeschreven persoon komt overeen met „{query}”.',
  'events.checkin.person': '{name} inchecken',
  'events.checkin.already': 'Ingecheckt om {time}',
  'events.checkin.done': 'Ingecheckt: {name} ({role}).',
  'events.checkin.again': '{name} was hier al ingecheckt om {time}; er is niets gewijzigd.',
  'events.checkin.counts': 'Tot nu toe ingecheckt',
  'events.checkin.session': 'Sessie',
  'events.checkin.count': 'Ingecheckt',
  'events.checkin.eventCount': '{count} van {registered} ingeschreven',
  'events.checkin.link': 'Inchecken en aanwezigheid',
  'events.feed.title': 'Abonneren op mijn agenda: {event}',
  'events.feed.lead':
    'Een agenda-app (Google Agenda, Outlook, Apple Agenda, Thunderbird) kan zich via een geheim adres op uw agenda abonneren en die actueel houden. Iedereen die het adres kent, kan uw agenda lezen: houd het voor uzelf en trek het in als het uitlekt.',
  'events.feed.none': 'U hebt nog geen abonnementsadres.',
  'events.feed.exists':
    'U hebt een abonnementsadres, aangemaakt op {date}. Voor uw veiligheid wordt het maar één keer getoond: vernieuw het om een nieuw adres te krijgen (het oude werkt dan niet meer).',
  'events.feed.created': 'Uw nieuwe abonnementsadres (alleen nu getoond; kopieer het naar uw agenda-app):',
  'events.feed.address': 'Abonnementsadres',
  'events.feed.copy': 'Kopiëren',
  'events.feed.copied': 'Gekopieerd.',
  'events.feed.create': 'Een abonnementsadres aanmaken',
  'events.feed.renew': 'Het adres vernieuwen',
  'events.feed.revoke': 'Het adres intrekken',
  'events.feed.revoked': 'Het abonnementsadres is ingetrokken: het werkt niet meer.',
  'events.feed.link': 'Abonneren in een agenda-app',
} satisfies Record<keyof typeof english, string>;

addMessages('nl', eventsAttendance);
