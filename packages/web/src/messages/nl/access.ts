import { addMessages } from '../../i18n.ts';
import type { access as english } from '../en/access.ts';

/** Signing up, confirming an address, passwords, a new address, invitations (Dutch, not yet reviewed by a native speaker). */
export const access = {
  'signUp.title': 'Registreren',
  'signUp.intro':
    'Iedereen kan zonder account lezen. Met een account kunt u zich inschrijven voor evenementen; stadsredacteuren worden uitgenodigd door hun stad of door een beheerder.',
  'signUp.name': 'Uw naam',
  'signUp.email': 'E-mailadres',
  'signUp.password': 'Wachtwoord',
  'signUp.passwordHint':
    'Minstens 10 tekens en moeilijk te raden: een wachtzin van vier of meer losse woorden werkt goed.',
  'signUp.button': 'Registreren',
  'signUp.haveAccount': 'Hebt u al een account? Log in',
  'signUp.sent.title': 'Controleer uw inbox',
  'signUp.rateLimited': 'Te veel verzoeken: wacht een minuut en probeer het opnieuw.',
  'signIn.noAccount': 'Nog geen account? Registreer u',
  'signIn.forgot': 'Wachtwoord vergeten?',
  'signIn.unverified':
    'Bevestig eerst uw e-mailadres: open de link die we ernaar hebben gestuurd. Als u zich opnieuw registreert, ontvangt u een nieuwe link.',

  'verify.title': 'Uw e-mailadres bevestigen',
  'verify.intro': 'Bevestig dat {email} uw adres is om het aanmaken van uw account af te ronden.',
  'verify.button': 'Mijn adres bevestigen',
  'verify.done.title': 'Uw adres is bevestigd',
  'verify.done.text': 'Dank u: {email} is bevestigd. U kunt nu inloggen.',
  'verify.signIn': 'Inloggen',

  'link.failed.title': 'Deze link werkt niet',

  'forgot.title': 'Wachtwoord vergeten',
  'forgot.intro': 'Vul het adres van uw account in: wij sturen u een link waarmee u een nieuw wachtwoord kunt kiezen.',
  'forgot.email': 'E-mailadres',
  'forgot.button': 'De link versturen',
  'forgot.sent.title': 'Controleer uw inbox',

  'reset.title': 'Een nieuw wachtwoord kiezen',
  'reset.password': 'Nieuw wachtwoord',
  'reset.button': 'Het nieuwe wachtwoord opslaan',
  'reset.done.title': 'Uw wachtwoord is gewijzigd',
  'reset.done.text': 'Log in met uw nieuwe wachtwoord. U bent overal elders uitgelogd.',

  'accountPassword.title': 'Uw wachtwoord wijzigen',
  'accountPassword.current': 'Huidig wachtwoord',
  'accountPassword.password': 'Nieuw wachtwoord',
  'accountPassword.button': 'Het wachtwoord wijzigen',
  'accountPassword.done': 'Uw wachtwoord is gewijzigd. U bent overal elders uitgelogd.',

  'accountEmail.title': 'Uw e-mailadres wijzigen',
  'accountEmail.intro':
    'Uw huidige adres is {email}. Het wordt gewijzigd zodra u de link opent die wij naar het nieuwe adres sturen.',
  'accountEmail.email': 'Nieuw e-mailadres',
  'accountEmail.current': 'Huidig wachtwoord',
  'accountEmail.button': 'De bevestigingslink versturen',
  'accountEmail.confirm.title': 'Uw nieuwe adres gebruiken',
  'accountEmail.confirm.intro': 'Gebruik {email} voortaan als het adres van uw account.',
  'accountEmail.confirm.button': 'Dit adres gebruiken',
  'accountEmail.done.title': 'Uw adres is gewijzigd',
  'accountEmail.done.text': 'Uw account gebruikt nu {email}. Log voortaan met dit adres in.',

  'account.links': 'Uw account',
  'account.password': 'Uw wachtwoord wijzigen',
  'account.invitations': 'Redacteuren uitnodigen',

  'invitation.title': 'Word redacteur van {city}',
  'invitation.intro':
    'U bent uitgenodigd om als {email} de praktijken, het profiel en de belanghebbenden van {city} te bewerken.',
  'invitation.existing': 'Uw account {email} wordt redacteur van {city}.',
  'invitation.name': 'Uw naam',
  'invitation.password': 'Wachtwoord',
  'invitation.button': 'De uitnodiging aanvaarden',
  'invitation.done.title': 'Welkom bij {city}',
  'invitation.done.created': 'Uw account is klaar: log in als {email}.',
  'invitation.done.attached': 'Uw account {email} bewerkt nu {city}.',

  'invitations.title': 'Redacteuren uitnodigen',
  'invitations.intro':
    'Een uitnodiging is een link die per e-mail wordt verstuurd. Die werkt één keer, gedurende 7 dagen, en maakt iemand redacteur van de stad (met een nieuw account of met het bestaande account van dat adres).',
  'invitations.email': 'E-mailadres',
  'invitations.city': 'Stad',
  'invitations.language': 'Taal van de uitnodiging',
  'invitations.button': 'De uitnodiging versturen',
  'invitations.sent': 'De uitnodiging is onderweg naar {email}.',
  'invitations.revoked': 'De uitnodiging is ingetrokken.',
  'invitations.list': 'Uitnodigingen',
  'invitations.none': 'Nog geen uitnodigingen.',
  'invitations.col.email': 'Uitgenodigd',
  'invitations.col.city': 'Stad',
  'invitations.col.by': 'Door',
  'invitations.col.state': 'Status',
  'invitations.col.expires': 'Link geldig tot',
  'invitations.revoke': 'Intrekken',
  'invitations.revokeLabel': 'De uitnodiging van {email} intrekken',
  'invitations.state.pending': 'openstaand',
  'invitations.state.accepted': 'aanvaard',
  'invitations.state.revoked': 'ingetrokken',
  'invitations.state.expired': 'verlopen',
} satisfies Record<keyof typeof english, string>;

addMessages('nl', access);
