import { addMessages } from '../../i18n.ts';
import type { access as english } from '../en/access.ts';

/** Signing up, confirming an address, passwords, a new address, invitations (German, not yet reviewed by a native speaker). */
export const access = {
  'signUp.title': 'Registrieren',
  'signUp.intro':
    'Lesen kann jeder ohne Konto. Mit einem Konto können Sie sich für Veranstaltungen anmelden; Redakteure einer Stadt werden von ihrer Stadt oder einem Administrator eingeladen.',
  'signUp.name': 'Ihr Name',
  'signUp.email': 'E-Mail-Adresse',
  'signUp.password': 'Passwort',
  'signUp.passwordHint':
    'Mindestens 10 Zeichen und schwer zu erraten: Eine Passphrase aus vier oder mehr unzusammenhängenden Wörtern eignet sich gut.',
  'signUp.button': 'Registrieren',
  'signUp.haveAccount': 'Sie haben schon ein Konto? Anmelden',
  'signUp.sent.title': 'Sehen Sie in Ihrem Posteingang nach',
  'signUp.rateLimited': 'Zu viele Anfragen: Warten Sie eine Minute und versuchen Sie es erneut.',
  'signIn.noAccount': 'Noch kein Konto? Registrieren',
  'signIn.forgot': 'Passwort vergessen?',
  'signIn.unverified':
    'Bestätigen Sie zuerst Ihre E-Mail-Adresse: Öffnen Sie den Link, den wir an sie gesendet haben. Wenn Sie sich erneut registrieren, erhalten Sie einen neuen Link.',

  'verify.title': 'Bestätigen Sie Ihre E-Mail-Adresse',
  'verify.intro': 'Bestätigen Sie, dass {email} Ihre Adresse ist, um die Einrichtung Ihres Kontos abzuschließen.',
  'verify.button': 'Meine Adresse bestätigen',
  'verify.done.title': 'Ihre Adresse ist bestätigt',
  'verify.done.text': 'Vielen Dank: {email} ist bestätigt. Sie können sich jetzt anmelden.',
  'verify.signIn': 'Anmelden',

  'link.failed.title': 'Dieser Link funktioniert nicht',

  'forgot.title': 'Passwort vergessen',
  'forgot.intro':
    'Geben Sie die Adresse Ihres Kontos an: Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen können.',
  'forgot.email': 'E-Mail-Adresse',
  'forgot.button': 'Link senden',
  'forgot.sent.title': 'Sehen Sie in Ihrem Posteingang nach',

  'reset.title': 'Neues Passwort wählen',
  'reset.password': 'Neues Passwort',
  'reset.button': 'Neues Passwort speichern',
  'reset.done.title': 'Ihr Passwort wurde geändert',
  'reset.done.text': 'Melden Sie sich mit Ihrem neuen Passwort an. Sie wurden überall sonst abgemeldet.',

  'accountPassword.title': 'Passwort ändern',
  'accountPassword.current': 'Aktuelles Passwort',
  'accountPassword.password': 'Neues Passwort',
  'accountPassword.button': 'Passwort ändern',
  'accountPassword.done': 'Ihr Passwort wurde geändert. Sie wurden überall sonst abgemeldet.',

  'accountEmail.title': 'E-Mail-Adresse ändern',
  'accountEmail.intro':
    'Ihre Adresse ist derzeit {email}. Sie ändert sich, sobald Sie den Link öffnen, den wir an die neue Adresse senden.',
  'accountEmail.email': 'Neue E-Mail-Adresse',
  'accountEmail.current': 'Aktuelles Passwort',
  'accountEmail.button': 'Bestätigungslink senden',
  'accountEmail.confirm.title': 'Ihre neue Adresse verwenden',
  'accountEmail.confirm.intro': '{email} ab jetzt als Adresse Ihres Kontos verwenden.',
  'accountEmail.confirm.button': 'Diese Adresse verwenden',
  'accountEmail.done.title': 'Ihre Adresse wurde geändert',
  'accountEmail.done.text': 'Ihr Konto verwendet jetzt {email}. Melden Sie sich ab jetzt damit an.',

  'account.links': 'Ihr Konto',
  'account.password': 'Passwort ändern',
  'account.invitations': 'Redakteure einladen',

  'invitation.title': '{city} als Redakteur beitreten',
  'invitation.intro':
    'Sie wurden eingeladen, die Praktiken, das Profil und die Akteure von {city} als {email} zu bearbeiten.',
  'invitation.existing': 'Ihr Konto {email} wird Redakteur von {city}.',
  'invitation.name': 'Ihr Name',
  'invitation.password': 'Passwort',
  'invitation.button': 'Einladung annehmen',
  'invitation.done.title': 'Willkommen bei {city}',
  'invitation.done.created': 'Ihr Konto ist bereit: Melden Sie sich als {email} an.',
  'invitation.done.attached': 'Ihr Konto {email} bearbeitet jetzt {city}.',

  'invitations.title': 'Redakteure einladen',
  'invitations.intro':
    'Eine Einladung ist ein per E-Mail gesendeter Link. Er funktioniert einmal und 7 Tage lang und macht die Person zum Redakteur der Stadt (mit einem neuen Konto oder dem bestehenden Konto dieser Adresse).',
  'invitations.email': 'E-Mail-Adresse',
  'invitations.city': 'Stadt',
  'invitations.language': 'Sprache der Einladung',
  'invitations.button': 'Einladung senden',
  'invitations.sent': 'Die Einladung an {email} ist unterwegs.',
  'invitations.revoked': 'Die Einladung wurde zurückgezogen.',
  'invitations.list': 'Einladungen',
  'invitations.none': 'Noch keine Einladung.',
  'invitations.col.email': 'Eingeladen',
  'invitations.col.city': 'Stadt',
  'invitations.col.by': 'Von',
  'invitations.col.state': 'Status',
  'invitations.col.expires': 'Link gültig bis',
  'invitations.revoke': 'Zurückziehen',
  'invitations.revokeLabel': 'Die Einladung an {email} zurückziehen',
  'invitations.state.pending': 'ausstehend',
  'invitations.state.accepted': 'angenommen',
  'invitations.state.revoked': 'zurückgezogen',
  'invitations.state.expired': 'abgelaufen',
} satisfies Record<keyof typeof english, string>;

addMessages('de', access);
