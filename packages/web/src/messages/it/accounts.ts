import { addMessages } from '../../i18n.ts';
import type { accounts as english } from '../en/accounts.ts';

/** Signing in and out, and the error pages (Italian, not yet reviewed by a native speaker). */
export const accounts = {
  'signIn.title': 'Accedi',
  'signIn.intro':
    'I redattori delle città e gli amministratori accedono per aggiungere e modificare le pratiche e il profilo della propria città. Per leggere non serve un account.',
  'signIn.email': 'Indirizzo email',
  'signIn.password': 'Password',
  'signIn.button': 'Accedi',
  'signIn.failed': 'L’indirizzo email o la password non sono corretti.',
  'signIn.rateLimited': 'Troppi tentativi: attendere un minuto e riprovare.',
  'signIn.already': 'Ha effettuato l’accesso come {name}.',
  'signIn.continue': 'Continua',
  'error.badRequest.title': 'Impossibile rispondere a questa richiesta',
  'error.notFound.title': 'Pagina non trovata',
  'error.notFound.text':
    'A questo indirizzo non c’è nulla. La pagina potrebbe essere stata spostata, ritirata o digitata male.',
  'error.forbidden.title': 'Non può eseguire questa operazione',
  'error.forbidden.text':
    'Il suo account non lo consente. I redattori delle città possono modificare solo le schede della propria città.',
  'error.rateLimited.title': 'Troppi tentativi',
  'error.rateLimited.text': 'Attendere un minuto e riprovare.',
  'error.internal.title': 'Qualcosa è andato storto da parte nostra',
  'error.internal.text': 'L’errore è stato registrato. Riprovare più tardi.',
  'error.detail': 'Dettagli: {message}',
  'error.home': 'Vai alla pagina iniziale',
  'error.search': 'Cerca tra le pratiche',
} satisfies Record<keyof typeof english, string>;

addMessages('it', accounts);
