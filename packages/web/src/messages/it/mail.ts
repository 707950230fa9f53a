import { addMessages } from '../../i18n.ts';
import type { mail as english } from '../en/mail.ts';

/** Every e-mail the platform sends, and the outbox pages (Italian, not yet reviewed by a native speaker). */
export const mail = {
  'mail.greeting': 'Gentile {name},',
  'mail.signature': 'Il team di Convivio',
  'mail.linkIntro': 'Se il pulsante non funziona, copi questo indirizzo nel Suo browser:',
  'mail.unsubscribe':
    'Riceve questo messaggio perché si è iscritto a un evento. Per non ricevere più questi messaggi: {url}',
  'mail.unsubscribeLink': 'Annulla l’iscrizione',
  'mail.agenda.waiting': '{line}: in lista d’attesa',

  'mail.verifyEmail.subject': 'Confermi il Suo indirizzo email per Convivio',
  'mail.verifyEmail.intro':
    'Grazie per la registrazione. Confermi che questo indirizzo è Suo per completare la creazione dell’account.',
  'mail.verifyEmail.action': 'Conferma il mio indirizzo',
  'mail.verifyEmail.after':
    'Il link funziona una sola volta, per {hours} ore. Se non si è registrato, ignori questo messaggio: senza conferma non viene creato alcun account.',

  'mail.alreadyRegistered.subject': 'Qualcuno ha tentato di registrarsi con il Suo indirizzo',
  'mail.alreadyRegistered.intro':
    'Qualcuno (forse Lei) ha tentato di registrarsi a Convivio con questo indirizzo, che ha già un account. Non è stato modificato nulla.',
  'mail.alreadyRegistered.action': 'Accedi',
  'mail.alreadyRegistered.after': 'Ha dimenticato la password? Ne richieda una nuova su {forgotUrl}',

  'mail.resetPassword.subject': 'Reimposti la Sua password di Convivio',
  'mail.resetPassword.intro': 'Qualcuno (speriamo Lei) ha chiesto di reimpostare la password del Suo account.',
  'mail.resetPassword.action': 'Scegli una nuova password',
  'mail.resetPassword.after':
    'Il link funziona una sola volta, per {hours} ore. Se non l’ha richiesto, ignori questo messaggio: la Sua password resta invariata.',

  'mail.passwordChanged.subject': 'La Sua password di Convivio è stata modificata',
  'mail.passwordChanged.intro':
    'La password del Suo account è appena stata modificata e le Sue altre sessioni sono state chiuse.',
  'mail.passwordChanged.after': 'Se non è stato Lei, reimposti subito la password: {forgotUrl}',

  'mail.confirmNewEmail.subject': 'Confermi il Suo nuovo indirizzo email per Convivio',
  'mail.confirmNewEmail.intro': 'Ha chiesto di usare questo indirizzo per il Suo account Convivio. Confermi che è Suo.',
  'mail.confirmNewEmail.action': 'Usa questo indirizzo',
  'mail.confirmNewEmail.after':
    'Il link funziona una sola volta, per {hours} ore. Se non l’ha richiesto, ignori questo messaggio.',

  'mail.emailChanged.subject': 'Il Suo account Convivio ha un nuovo indirizzo email',
  'mail.emailChanged.intro':
    'Il Suo account usa ora l’indirizzo {newEmail}; i messaggi non arrivano più a questo indirizzo e l’accesso avviene con quello nuovo.',
  'mail.emailChanged.after': 'Se non è stato Lei, avvisi subito un amministratore.',

  'mail.invitation.subject': 'È invitato a modificare {city} su Convivio',
  'mail.invitation.intro':
    '{inviter} La invita a modificare le pratiche, il profilo e i portatori di interesse di {city} su Convivio, lo spazio comune in cui le città europee condividono pratiche di integrazione.',
  'mail.invitation.action': 'Accetta l’invito',
  'mail.invitation.after':
    'Il link funziona una sola volta, fino al {expires}. Se non conosce {inviter}, ignori questo messaggio.',

  'mail.registrationConfirmed.subject': 'È iscritto a {event}',
  'mail.registrationConfirmed.intro': 'La Sua iscrizione a {event} ({dates}) è confermata.',
  'mail.registrationConfirmed.action': 'Vedi la Sua iscrizione',
  'mail.registrationConfirmed.after':
    'Può modificare le Sue scelte o ritirare l’iscrizione dalla pagina di iscrizione finché gli organizzatori non la chiudono.',

  'mail.assignmentResult.subject': 'Le Sue sessioni a {event}',
  'mail.assignmentResult.intro':
    'Gli organizzatori di {event} hanno assegnato i partecipanti alle sessioni. La Sua agenda è riportata qui sotto ed è allegata anche come file di calendario.',
  'mail.assignmentResult.action': 'Vedi la Sua agenda',
  'mail.assignmentResult.after': 'L’agenda potrebbe ancora cambiare; in tal caso riceverà un avviso.',

  'mail.eventReminder.subject': 'Promemoria: {event} inizia il {when}',
  'mail.eventReminder.intro': '{event} inizia il {when} ({place}). La Sua agenda è riportata qui sotto.',
  'mail.eventReminder.action': 'Vedi la Sua agenda',
  'mail.eventReminder.after': 'La aspettiamo.',

  'outbox.title': 'Posta in uscita',
  'outbox.intro':
    'Ogni email che la piattaforma ha inviato o invierebbe. Senza un server SMTP (SMTP_URL) i messaggi restano qui in coda, così i link che contengono possono essere aperti da questa pagina.',
  'outbox.smtp.on': 'I messaggi vengono inviati tramite il server SMTP configurato.',
  'outbox.smtp.off': 'Nessun server SMTP è configurato: i messaggi non vengono inviati, ma solo conservati qui.',
  'outbox.empty': 'Ancora nessun messaggio.',
  'outbox.col.created': 'Creato',
  'outbox.col.to': 'A',
  'outbox.col.subject': 'Oggetto',
  'outbox.col.template': 'Tipo',
  'outbox.col.state': 'Stato',
  'outbox.state.queued': 'in coda',
  'outbox.state.sent': 'inviato',
  'outbox.state.failed': 'non riuscito',
  'outbox.error': 'Errore del server SMTP: {error}',
  'outbox.sentAt': 'Inviato il {when}',
  'outbox.text': 'Testo semplice',
  'outbox.html': 'HTML',
  'outbox.headers': 'Intestazioni',
  'outbox.attachments': 'Allegati',
  'outbox.noAttachments': 'Nessuno',
  'outbox.back': 'Tutti i messaggi',
  'outbox.older': 'Messaggi meno recenti',
  'outbox.newer': 'Messaggi più recenti',

  'unsubscribe.title': 'Annulla l’iscrizione',
  'unsubscribe.question': 'Non inviare più {category} a {email}?',
  'unsubscribe.button': 'Annulla l’iscrizione',
  'unsubscribe.done': 'Fatto: {email} non riceverà più {category}.',
  'unsubscribe.invalid':
    'Questo link per annullare l’iscrizione non è valido. Copi l’indirizzo completo dal messaggio.',
  'unsubscribe.category.reminders': 'promemoria degli eventi',
} satisfies Record<keyof typeof english, string>;

addMessages('it', mail);
