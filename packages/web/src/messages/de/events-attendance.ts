import { addMessages } from '../../i18n.ts';
import type { eventsAttendance as english } from '../en/events-attendance.ts';

/** Interface strings of check-in, attendance and calendar subscriptions (German; machine-assisted, not reviewed by a native speaker). */
export const eventsAttendance = {
  'events.badges.qr': 'Check-in-Code von {name}',
  'events.checkin.title': 'Check-in: {event}',
  'events.checkin.lead':
    'Scannen Sie den QR-Code auf einem Namensschild (ein USB- oder Handyscanner tippt den Code in das Feld und drückt die Eingabetaste), geben Sie den Code ein oder suchen Sie die Person nach Namen.',
  'events.checkin.where': 'Einchecken bei',
  'events.checkin.wholeEvent': 'Die Veranstaltung (Ankunft)',
  'events.checkin.change': 'Ändern',
  'events.checkin.code': 'Check-in-Code',
  'events.checkin.codeHint': 'Der Code, der unter dem QR-Code auf dem Namensschild gedruckt ist.',
  'events.checkin.submit': 'Einchecken',
  'events.checkin.camera': 'Mit der Kamera scannen',
  'events.checkin.cameraStop': 'Kamera anhalten',
  'events.checkin.cameraLabel': 'Kamerabild zum Scannen eines Namensschilds',
  'events.checkin.search': 'Nach Name oder Organisation suchen',
  'events.checkin.find': 'Suchen',
  'events.checkin.results': 'Gefundene Personen: {count}',
  'events.checkin.noResults': 'Keine angemeldete Person passt zu „{query}“.',
  'events.checkin.person': '{name} einchecken',
  'events.checkin.already': 'Eingecheckt um {time}',
  'events.checkin.done': 'Eingecheckt: {name} ({role}).',
  'events.checkin.again': '{name} war hier bereits um {time} eingecheckt; nichts wurde geändert.',
  'events.checkin.counts': 'Bisher eingecheckt',
  'events.checkin.session': 'Programmpunkt',
  'events.checkin.count': 'Eingecheckt',
  'events.checkin.eventCount': '{count} von {registered} Angemeldeten',
  'events.checkin.link': 'Check-in und Anwesenheit',
  'events.feed.title': 'Meinen Terminplan abonnieren: {event}',
  'events.feed.lead':
    'Eine Kalender-App (Google Kalender, Outlook, Apple Kalender, Thunderbird) kann Ihren Terminplan über eine geheime Adresse abonnieren und aktuell halten. Wer die Adresse kennt, kann Ihren Terminplan lesen: Behalten Sie sie für sich und widerrufen Sie sie, falls sie bekannt wird.',
  'events.feed.none': 'Sie haben noch keine Abonnementadresse.',
  'events.feed.exists':
    'Sie haben eine Abonnementadresse, erstellt am {date}. Zu Ihrer Sicherheit wird sie nur einmal angezeigt: Erneuern Sie sie, um eine neue zu erhalten (die alte funktioniert dann nicht mehr).',
  'events.feed.created': 'Ihre neue Abonnementadresse (nur jetzt angezeigt; kopieren Sie sie in Ihre Kalender-App):',
  'events.feed.address': 'Abonnementadresse',
  'events.feed.copy': 'Kopieren',
  'events.feed.copied': 'Kopiert.',
  'events.feed.create': 'Abonnementadresse erstellen',
  'events.feed.renew': 'Adresse erneuern',
  'events.feed.revoke': 'Adresse widerrufen',
  'events.feed.revoked': 'Die Abonnementadresse wurde widerrufen: Sie funktioniert nicht mehr.',
  'events.feed.link': 'In einer Kalender-App abonnieren',
} satisfies Record<keyof typeof english, string>;

addMessages('de', eventsAttendance);
