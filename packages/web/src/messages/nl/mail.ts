import { addMessages } from '../../i18n.ts';
import type { mail as english } from '../en/mail.ts';

/** Every e-mail the platform sends, and the outbox pages (Dutch, not yet reviewed by a native speaker). */
export const mail = {
  'mail.greeting': 'Beste {name},',
  'mail.signature': 'Het Convivio-team',
  'mail.linkIntro': 'Werkt de knop niet? Kopieer dan dit adres naar uw browser:',
  'mail.unsubscribe':
    'U ontvangt dit bericht omdat u zich voor een evenement hebt ingeschreven. Deze berichten stopzetten: {url}',
  'mail.unsubscribeLink': 'Afmelden',
  'mail.agenda.waiting': '{line}: op de wachtlijst',

  'mail.verifyEmail.subject': 'Bevestig uw e-mailadres voor Convivio',
  'mail.verifyEmail.intro':
    'Dank u voor uw aanmelding. Bevestig dat dit adres van u is om het aanmaken van uw account af te ronden.',
  'mail.verifyEmail.action': 'Mijn adres bevestigen',
  'mail.verifyEmail.after':
    'De link werkt één keer, gedurende {hours} uur. Hebt u zich niet aangemeld, negeer dan dit bericht: zonder bevestiging wordt er geen account aangemaakt.',

  'mail.alreadyRegistered.subject': 'Iemand heeft geprobeerd zich met uw adres aan te melden',
  'mail.alreadyRegistered.intro':
    'Iemand (misschien uzelf) heeft geprobeerd zich bij Convivio aan te melden met dit adres, waarvoor al een account bestaat. Er is niets gewijzigd.',
  'mail.alreadyRegistered.action': 'Inloggen',
  'mail.alreadyRegistered.after': 'Wachtwoord vergeten? Vraag een nieuw wachtwoord aan via {forgotUrl}',

  'mail.resetPassword.subject': 'Uw Convivio-wachtwoord opnieuw instellen',
  'mail.resetPassword.intro':
    'Iemand (hopelijk uzelf) heeft gevraagd het wachtwoord van uw account opnieuw in te stellen.',
  'mail.resetPassword.action': 'Een nieuw wachtwoord kiezen',
  'mail.resetPassword.after':
    'De link werkt één keer, gedurende {hours} uur. Hebt u hier niet om gevraagd, negeer dan dit bericht: uw wachtwoord blijft ongewijzigd.',

  'mail.passwordChanged.subject': 'Uw Convivio-wachtwoord is gewijzigd',
  'mail.passwordChanged.intro':
    'Het wachtwoord van uw account is zojuist gewijzigd en uw andere sessies zijn beëindigd.',
  'mail.passwordChanged.after': 'Was u dit niet? Stel dan onmiddellijk een nieuw wachtwoord in: {forgotUrl}',

  'mail.confirmNewEmail.subject': 'Bevestig uw nieuwe e-mailadres voor Convivio',
  'mail.confirmNewEmail.intro':
    'U hebt gevraagd dit adres te gebruiken voor uw Convivio-account. Bevestig dat het van u is.',
  'mail.confirmNewEmail.action': 'Dit adres gebruiken',
  'mail.confirmNewEmail.after':
    'De link werkt één keer, gedurende {hours} uur. Hebt u hier niet om gevraagd, negeer dan dit bericht.',

  'mail.emailChanged.subject': 'Uw Convivio-account heeft een nieuw e-mailadres',
  'mail.emailChanged.intro':
    'Uw account gebruikt nu het adres {newEmail}; berichten komen niet langer op dit adres binnen en u logt in met het nieuwe adres.',
  'mail.emailChanged.after': 'Was u dit niet? Neem dan onmiddellijk contact op met een beheerder.',

  'mail.invitation.subject': 'U bent uitgenodigd om {city} te bewerken op Convivio',
  'mail.invitation.intro':
    '{inviter} nodigt u uit om de praktijken, het profiel en de belanghebbenden van {city} te bewerken op Convivio, de gemeenschappelijke ruimte waar Europese steden integratiepraktijken delen.',
  'mail.invitation.action': 'De uitnodiging aanvaarden',
  'mail.invitation.after': 'De link werkt één keer, tot {expires}. Kent u {inviter} niet, negeer dan dit bericht.',

  'mail.registrationConfirmed.subject': 'U bent ingeschreven voor {event}',
  'mail.registrationConfirmed.intro': 'Uw inschrijving voor {event} ({dates}) is bevestigd.',
  'mail.registrationConfirmed.action': 'Uw inschrijving bekijken',
  'mail.registrationConfirmed.after':
    'U kunt uw keuzes wijzigen of zich afmelden via de inschrijvingspagina, totdat de organisatoren die sluiten.',

  'mail.assignmentResult.subject': 'Uw sessies tijdens {event}',
  'mail.assignmentResult.intro':
    'De organisatoren van {event} hebben de deelnemers over de sessies verdeeld. Hieronder vindt u uw agenda; die is ook als agendabestand bijgevoegd.',
  'mail.assignmentResult.action': 'Uw agenda bekijken',
  'mail.assignmentResult.after': 'De agenda kan nog wijzigen; u wordt dan op de hoogte gebracht.',

  'mail.eventReminder.subject': 'Herinnering: {event} begint op {when}',
  'mail.eventReminder.intro': '{event} begint op {when} ({place}). Hieronder vindt u uw agenda.',
  'mail.eventReminder.action': 'Uw agenda bekijken',
  'mail.eventReminder.after': 'Wij kijken ernaar uit u te ontmoeten.',

  'outbox.title': 'Postvak UIT',
  'outbox.intro':
    'Elke e-mail die het platform heeft verzonden of zou verzenden. Zonder SMTP-server (SMTP_URL) blijven berichten hier in de wachtrij staan, zodat de links erin vanaf deze pagina kunnen worden geopend.',
  'outbox.smtp.on': 'Berichten worden verzonden via de ingestelde SMTP-server.',
  'outbox.smtp.off': 'Er is geen SMTP-server ingesteld: berichten worden niet verzonden, alleen hier bewaard.',
  'outbox.empty': 'Nog geen berichten.',
  'outbox.col.created': 'Aangemaakt',
  'outbox.col.to': 'Aan',
  'outbox.col.subject': 'Onderwerp',
  'outbox.col.template': 'Soort',
  'outbox.col.state': 'Status',
  'outbox.state.queued': 'in de wachtrij',
  'outbox.state.sent': 'verzonden',
  'outbox.state.failed': 'mislukt',
  'outbox.error': 'Fout van de SMTP-server: {error}',
  'outbox.sentAt': 'Verzonden op {when}',
  'outbox.text': 'Platte tekst',
  'outbox.html': 'HTML',
  'outbox.headers': 'Headers',
  'outbox.attachments': 'Bijlagen',
  'outbox.noAttachments': 'Geen',
  'outbox.back': 'Alle berichten',
  'outbox.older': 'Oudere berichten',
  'outbox.newer': 'Nieuwere berichten',

  'unsubscribe.title': 'Afmelden',
  'unsubscribe.question': 'Geen {category} meer sturen naar {email}?',
  'unsubscribe.button': 'Afmelden',
  'unsubscribe.done': 'Gereed: {email} ontvangt geen {category} meer.',
  'unsubscribe.invalid': 'Deze afmeldlink is niet geldig. Kopieer het volledige adres uit het bericht.',
  'unsubscribe.category.reminders': 'herinneringen aan evenementen',
} satisfies Record<keyof typeof english, string>;

addMessages('nl', mail);
