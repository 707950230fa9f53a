import { addMessages } from '../../i18n.ts';
import type { accounts as english } from '../en/accounts.ts';

/** Signing in and out, and the error pages (German, not yet reviewed by a native speaker). */
export const accounts = {
  'signIn.title': 'Anmelden',
  'signIn.intro':
    'Stadtredaktionen und Administratoren melden sich an, um Praxisbeispiele und das Profil ihrer Stadt hinzuzufügen und zu bearbeiten. Zum Lesen ist kein Konto nötig.',
  'signIn.email': 'E-Mail-Adresse',
  'signIn.password': 'Passwort',
  'signIn.button': 'Anmelden',
  'signIn.failed': 'Die E-Mail-Adresse oder das Passwort ist nicht korrekt.',
  'signIn.rateLimited': 'Zu viele Versuche: Warten Sie eine Minute und versuchen Sie es erneut.',
  'signIn.already': 'Sie sind als {name} angemeldet.',
  'signIn.continue': 'Weiter',
  'error.badRequest.title': 'Diese Anfrage kann nicht beantwortet werden',
  'error.notFound.title': 'Seite nicht gefunden',
  'error.notFound.text':
    'Unter dieser Adresse gibt es nichts. Die Seite wurde vielleicht verschoben, zurückgezogen oder falsch eingegeben.',
  'error.forbidden.title': 'Das dürfen Sie nicht',
  'error.forbidden.text':
    'Ihr Konto erlaubt dies nicht. Stadtredaktionen dürfen nur die Einträge ihrer eigenen Stadt ändern.',
  'error.rateLimited.title': 'Zu viele Versuche',
  'error.rateLimited.text': 'Warten Sie eine Minute und versuchen Sie es erneut.',
  'error.internal.title': 'Bei uns ist etwas schiefgelaufen',
  'error.internal.text': 'Der Fehler wurde protokolliert. Bitte versuchen Sie es später erneut.',
  'error.detail': 'Einzelheiten: {message}',
  'error.home': 'Zur Startseite',
  'error.search': 'Praxisbeispiele durchsuchen',
} satisfies Record<keyof typeof english, string>;

addMessages('de', accounts);
