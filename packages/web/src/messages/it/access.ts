import { addMessages } from '../../i18n.ts';
import type { access as english } from '../en/access.ts';

/** Signing up, confirming an address, passwords, a new address, invitations (Italian, not yet reviewed by a native speaker). */
export const access = {
  'signUp.title': 'Crea un account',
  'signUp.intro':
    'Chiunque può leggere senza account. Con un account può iscriversi agli eventi; i redattori delle città vengono invitati dalla propria città o da un amministratore.',
  'signUp.name': 'Il Suo nome',
  'signUp.email': 'Indirizzo email',
  'signUp.password': 'Password',
  'signUp.passwordHint':
    'Almeno 10 caratteri e difficile da indovinare: una passphrase di quattro o più parole senza relazione tra loro funziona bene.',
  'signUp.button': 'Crea un account',
  'signUp.haveAccount': 'Ha già un account? Acceda',
  'signUp.sent.title': 'Controlli la Sua casella di posta',
  'signUp.rateLimited': 'Troppe richieste: attendere un minuto e riprovare.',
  'signIn.noAccount': 'Non ha ancora un account? Ne crei uno',
  'signIn.forgot': 'Ha dimenticato la password?',
  'signIn.unverified':
    'Confermi prima il Suo indirizzo email: apra il link che Le abbiamo inviato. Registrandosi di nuovo riceverà un nuovo link.',

  'verify.title': 'Confermi il Suo indirizzo email',
  'verify.intro': 'Confermi che {email} è il Suo indirizzo per completare la creazione dell’account.',
  'verify.button': 'Conferma il mio indirizzo',
  'verify.done.title': 'Il Suo indirizzo è confermato',
  'verify.done.text': 'Grazie: {email} è confermato. Ora può accedere.',
  'verify.signIn': 'Accedi',

  'link.failed.title': 'Questo link non funziona',

  'forgot.title': 'Password dimenticata',
  'forgot.intro': 'Indichi l’indirizzo del Suo account: Le invieremo un link per scegliere una nuova password.',
  'forgot.email': 'Indirizzo email',
  'forgot.button': 'Invia il link',
  'forgot.sent.title': 'Controlli la Sua casella di posta',

  'reset.title': 'Scelga una nuova password',
  'reset.password': 'Nuova password',
  'reset.button': 'Salva la nuova password',
  'reset.done.title': 'La Sua password è stata modificata',
  'reset.done.text': 'Acceda con la nuova password. È stato disconnesso da tutti gli altri dispositivi.',

  'accountPassword.title': 'Modifica la password',
  'accountPassword.current': 'Password attuale',
  'accountPassword.password': 'Nuova password',
  'accountPassword.button': 'Modifica la password',
  'accountPassword.done': 'La Sua password è stata modificata. È stato disconnesso da tutti gli altri dispositivi.',

  'accountEmail.title': 'Modifica l’indirizzo email',
  'accountEmail.intro':
    'Il Suo indirizzo attuale è {email}. Cambierà quando aprirà il link che invieremo a quello nuovo.',
  'accountEmail.email': 'Nuovo indirizzo email',
  'accountEmail.current': 'Password attuale',
  'accountEmail.button': 'Invia il link di conferma',
  'accountEmail.confirm.title': 'Usi il Suo nuovo indirizzo',
  'accountEmail.confirm.intro': 'Usare d’ora in poi {email} come indirizzo del Suo account.',
  'accountEmail.confirm.button': 'Usa questo indirizzo',
  'accountEmail.done.title': 'Il Suo indirizzo è stato modificato',
  'accountEmail.done.text': 'Il Suo account usa ora {email}. D’ora in poi acceda con questo indirizzo.',

  'account.links': 'Il Suo account',
  'account.password': 'Modifica la password',
  'account.invitations': 'Invita redattori',

  'invitation.title': 'Diventi redattore di {city}',
  'invitation.intro':
    'È stato invitato a modificare le pratiche, il profilo e i portatori di interesse di {city} con l’indirizzo {email}.',
  'invitation.existing': 'Il Suo account {email} diventerà redattore di {city}.',
  'invitation.name': 'Il Suo nome',
  'invitation.password': 'Password',
  'invitation.button': 'Accetta l’invito',
  'invitation.done.title': 'Benvenuto a {city}',
  'invitation.done.created': 'Il Suo account è pronto: acceda come {email}.',
  'invitation.done.attached': 'Il Suo account {email} ora modifica {city}.',

  'invitations.title': 'Invita redattori',
  'invitations.intro':
    'Un invito è un link inviato per email. Funziona una sola volta, per 7 giorni, e rende la persona redattore della città (con un nuovo account o con l’account esistente di quell’indirizzo).',
  'invitations.email': 'Indirizzo email',
  'invitations.city': 'Città',
  'invitations.language': 'Lingua dell’invito',
  'invitations.button': 'Invia l’invito',
  'invitations.sent': 'L’invito è in viaggio verso {email}.',
  'invitations.revoked': 'L’invito è stato ritirato.',
  'invitations.list': 'Inviti',
  'invitations.none': 'Ancora nessun invito.',
  'invitations.col.email': 'Invitato',
  'invitations.col.city': 'Città',
  'invitations.col.by': 'Da',
  'invitations.col.state': 'Stato',
  'invitations.col.expires': 'Link valido fino al',
  'invitations.revoke': 'Ritira',
  'invitations.revokeLabel': 'Ritira l’invito di {email}',
  'invitations.state.pending': 'in sospeso',
  'invitations.state.accepted': 'accettato',
  'invitations.state.revoked': 'ritirato',
  'invitations.state.expired': 'scaduto',
} satisfies Record<keyof typeof english, string>;

addMessages('it', access);
