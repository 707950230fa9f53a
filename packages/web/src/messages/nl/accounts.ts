import { addMessages } from '../../i18n.ts';
import type { accounts as english } from '../en/accounts.ts';

/** Signing in and out, and the error pages (Dutch, not yet reviewed by a native speaker). */
export const accounts = {
  'signIn.title': 'Inloggen',
  'signIn.intro':
    'Stadsredacteuren en beheerders loggen in om de praktijken en het profiel van hun stad toe te voegen en te bewerken. Voor lezen is geen account nodig.',
  'signIn.email': 'E-mailadres',
  'signIn.password': 'Wachtwoord',
  'signIn.button': 'Inloggen',
  'signIn.failed': 'Het e-mailadres of het wachtwoord is niet juist.',
  'signIn.rateLimited': 'Te veel pogingen: wacht een minuut en probeer het opnieuw.',
  'signIn.already': 'U bent ingelogd als {name}.',
  'signIn.continue': 'Verder',
  'error.badRequest.title': 'Dit verzoek kan niet worden beantwoord',
  'error.notFound.title': 'Pagina niet gevonden',
  'error.notFound.text':
    'Op dit adres staat niets. Misschien is de pagina verplaatst, offline gehaald of verkeerd getypt.',
  'error.forbidden.title': 'U mag dit niet doen',
  'error.forbidden.text':
    'Uw account staat dit niet toe. Stadsredacteuren mogen alleen de records van hun eigen stad wijzigen.',
  'error.rateLimited.title': 'Te veel pogingen',
  'error.rateLimited.text': 'Wacht een minuut en probeer het opnieuw.',
  'error.internal.title': 'Er is bij ons iets misgegaan',
  'error.internal.text': 'De fout is vastgelegd. Probeer het later opnieuw.',
  'error.detail': 'Details: {message}',
  'error.home': 'Naar de startpagina',
  'error.search': 'Zoeken in de praktijken',
} satisfies Record<keyof typeof english, string>;

addMessages('nl', accounts);
