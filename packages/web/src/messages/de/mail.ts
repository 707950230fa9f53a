import { addMessages } from '../../i18n.ts';
import type { mail as english } from '../en/mail.ts';

/** Every e-mail the platform sends, and the outbox pages (German, not yet reviewed by a native speaker). */
export const mail = {
  'mail.greeting': 'Guten Tag {name},',
  'mail.signature': 'Ihr Convivio-Team',
  'mail.linkIntro': 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
  'mail.unsubscribe':
    'Sie erhalten diese Nachricht, weil Sie sich für eine Veranstaltung angemeldet haben. Diese Nachrichten abbestellen: {url}',
  'mail.unsubscribeLink': 'Abbestellen',
  'mail.agenda.waiting': '{line}: auf der Warteliste',

  'mail.verifyEmail.subject': 'Bestätigen Sie Ihre E-Mail-Adresse für Convivio',
  'mail.verifyEmail.intro':
    'Vielen Dank für Ihre Registrierung. Bestätigen Sie, dass diese Adresse Ihnen gehört, um die Einrichtung Ihres Kontos abzuschließen.',
  'mail.verifyEmail.action': 'Meine Adresse bestätigen',
  'mail.verifyEmail.after':
    'Der Link funktioniert einmal und {hours} Stunden lang. Wenn Sie sich nicht registriert haben, ignorieren Sie diese Nachricht: Ohne Bestätigung wird kein Konto angelegt.',

  'mail.alreadyRegistered.subject': 'Jemand wollte sich mit Ihrer Adresse registrieren',
  'mail.alreadyRegistered.intro':
    'Jemand (vielleicht Sie) wollte sich mit dieser Adresse bei Convivio registrieren, für die bereits ein Konto besteht. Es wurde nichts geändert.',
  'mail.alreadyRegistered.action': 'Anmelden',
  'mail.alreadyRegistered.after': 'Passwort vergessen? Fordern Sie unter {forgotUrl} ein neues an.',

  'mail.resetPassword.subject': 'Ihr Convivio-Passwort zurücksetzen',
  'mail.resetPassword.intro': 'Jemand (hoffentlich Sie) hat beantragt, das Passwort Ihres Kontos zurückzusetzen.',
  'mail.resetPassword.action': 'Neues Passwort wählen',
  'mail.resetPassword.after':
    'Der Link funktioniert einmal und {hours} Stunden lang. Wenn Sie dies nicht beantragt haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.',

  'mail.passwordChanged.subject': 'Ihr Convivio-Passwort wurde geändert',
  'mail.passwordChanged.intro':
    'Das Passwort Ihres Kontos wurde soeben geändert, und Ihre anderen Sitzungen wurden beendet.',
  'mail.passwordChanged.after': 'Falls Sie das nicht waren, setzen Sie Ihr Passwort sofort zurück: {forgotUrl}',

  'mail.confirmNewEmail.subject': 'Bestätigen Sie Ihre neue E-Mail-Adresse für Convivio',
  'mail.confirmNewEmail.intro':
    'Sie möchten diese Adresse für Ihr Convivio-Konto verwenden. Bestätigen Sie, dass sie Ihnen gehört.',
  'mail.confirmNewEmail.action': 'Diese Adresse verwenden',
  'mail.confirmNewEmail.after':
    'Der Link funktioniert einmal und {hours} Stunden lang. Wenn Sie dies nicht beantragt haben, ignorieren Sie diese Nachricht.',

  'mail.emailChanged.subject': 'Ihr Convivio-Konto hat eine neue E-Mail-Adresse',
  'mail.emailChanged.intro':
    'Ihr Konto verwendet jetzt die Adresse {newEmail}; Nachrichten gehen nicht mehr an diese Adresse, und Sie melden sich mit der neuen an.',
  'mail.emailChanged.after': 'Falls Sie das nicht waren, informieren Sie sofort einen Administrator.',

  'mail.invitation.subject': 'Sie sind eingeladen, {city} auf Convivio zu bearbeiten',
  'mail.invitation.intro':
    '{inviter} lädt Sie ein, die Praktiken, das Profil und die Akteure von {city} auf Convivio zu bearbeiten, dem gemeinsamen Raum, in dem europäische Städte Integrationspraktiken teilen.',
  'mail.invitation.action': 'Einladung annehmen',
  'mail.invitation.after':
    'Der Link funktioniert einmal, bis {expires}. Wenn Sie {inviter} nicht kennen, ignorieren Sie diese Nachricht.',

  'mail.registrationConfirmed.subject': 'Sie sind für {event} angemeldet',
  'mail.registrationConfirmed.intro': 'Ihre Anmeldung für {event} ({dates}) ist bestätigt.',
  'mail.registrationConfirmed.action': 'Ihre Anmeldung ansehen',
  'mail.registrationConfirmed.after':
    'Bis die Veranstalter die Anmeldung schließen, können Sie auf der Anmeldeseite Ihre Auswahl ändern oder sich abmelden.',

  'mail.assignmentResult.subject': 'Ihre Programmpunkte bei {event}',
  'mail.assignmentResult.intro':
    'Die Veranstalter von {event} haben die Teilnehmenden den Programmpunkten zugeteilt. Ihr Terminplan steht unten; er ist auch als Kalenderdatei angehängt.',
  'mail.assignmentResult.action': 'Ihren Terminplan ansehen',
  'mail.assignmentResult.after': 'Der Terminplan kann sich noch ändern; Sie werden dann benachrichtigt.',

  'mail.eventReminder.subject': 'Erinnerung: {event} beginnt am {when}',
  'mail.eventReminder.intro': '{event} beginnt am {when} ({place}). Ihr Terminplan steht unten.',
  'mail.eventReminder.action': 'Ihren Terminplan ansehen',
  'mail.eventReminder.after': 'Wir freuen uns auf Sie.',

  'outbox.title': 'Postausgang',
  'outbox.intro':
    'Jede E-Mail, die die Plattform gesendet hat oder senden würde. Ohne SMTP-Server (SMTP_URL) bleiben Nachrichten hier in der Warteschlange, sodass ihre Links von dieser Seite aus geöffnet werden können.',
  'outbox.smtp.on': 'Nachrichten werden über den konfigurierten SMTP-Server gesendet.',
  'outbox.smtp.off': 'Es ist kein SMTP-Server konfiguriert: Nachrichten werden nicht gesendet, nur hier aufbewahrt.',
  'outbox.empty': 'Noch keine Nachricht.',
  'outbox.col.created': 'Erstellt',
  'outbox.col.to': 'An',
  'outbox.col.subject': 'Betreff',
  'outbox.col.template': 'Art',
  'outbox.col.state': 'Status',
  'outbox.state.queued': 'in Warteschlange',
  'outbox.state.sent': 'gesendet',
  'outbox.state.failed': 'fehlgeschlagen',
  'outbox.error': 'Fehler des SMTP-Servers: {error}',
  'outbox.sentAt': 'Gesendet am {when}',
  'outbox.text': 'Nur Text',
  'outbox.html': 'HTML',
  'outbox.headers': 'Kopfzeilen',
  'outbox.attachments': 'Anhänge',
  'outbox.noAttachments': 'Keine',
  'outbox.back': 'Alle Nachrichten',
  'outbox.older': 'Ältere Nachrichten',
  'outbox.newer': 'Neuere Nachrichten',

  'unsubscribe.title': 'Abbestellen',
  'unsubscribe.question': 'Keine {category} mehr an {email} senden?',
  'unsubscribe.button': 'Abbestellen',
  'unsubscribe.done': 'Erledigt: {email} erhält keine {category} mehr.',
  'unsubscribe.invalid': 'Dieser Abbestell-Link ist ungültig. Kopieren Sie die vollständige Adresse aus der Nachricht.',
  'unsubscribe.category.reminders': 'Erinnerungen an Veranstaltungen',
} satisfies Record<keyof typeof english, string>;

addMessages('de', mail);
