import { addMessages } from '../../i18n.ts';
import type { access as english } from '../en/access.ts';

/** Signing up, confirming an address, passwords, a new address, invitations (French, not yet reviewed by a native speaker). */
export const access = {
  'signUp.title': 'Créer un compte',
  'signUp.intro':
    'Tout le monde peut lire sans compte. Avec un compte, vous pouvez vous inscrire aux événements ; les éditeurs de ville sont invités par leur ville ou par un administrateur.',
  'signUp.name': 'Votre nom',
  'signUp.email': 'Adresse électronique',
  'signUp.password': 'Mot de passe',
  'signUp.passwordHint':
    'Au moins 10 caractères et difficile à deviner : une phrase de passe de quatre mots sans rapport entre eux ou plus convient bien.',
  'signUp.button': 'Créer un compte',
  'signUp.haveAccount': 'Vous avez déjà un compte ? Connectez-vous',
  'signUp.sent.title': 'Consultez votre boîte de réception',
  'signUp.rateLimited': 'Trop de demandes : attendez une minute et réessayez.',
  'signIn.noAccount': 'Pas encore de compte ? Créez-en un',
  'signIn.forgot': 'Mot de passe oublié ?',
  'signIn.unverified':
    'Confirmez d’abord votre adresse électronique : ouvrez le lien que nous y avons envoyé. En vous inscrivant à nouveau, vous recevrez un nouveau lien.',

  'verify.title': 'Confirmez votre adresse électronique',
  'verify.intro': 'Confirmez que {email} est bien votre adresse pour terminer la création de votre compte.',
  'verify.button': 'Confirmer mon adresse',
  'verify.done.title': 'Votre adresse est confirmée',
  'verify.done.text': 'Merci : {email} est confirmée. Vous pouvez maintenant vous connecter.',
  'verify.signIn': 'Se connecter',

  'link.failed.title': 'Ce lien ne fonctionne pas',

  'forgot.title': 'Mot de passe oublié',
  'forgot.intro':
    'Indiquez l’adresse de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.',
  'forgot.email': 'Adresse électronique',
  'forgot.button': 'Envoyer le lien',
  'forgot.sent.title': 'Consultez votre boîte de réception',

  'reset.title': 'Choisir un nouveau mot de passe',
  'reset.password': 'Nouveau mot de passe',
  'reset.button': 'Enregistrer le nouveau mot de passe',
  'reset.done.title': 'Votre mot de passe a été modifié',
  'reset.done.text': 'Connectez-vous avec votre nouveau mot de passe. Vous avez été déconnecté partout ailleurs.',

  'accountPassword.title': 'Modifier votre mot de passe',
  'accountPassword.current': 'Mot de passe actuel',
  'accountPassword.password': 'Nouveau mot de passe',
  'accountPassword.button': 'Modifier le mot de passe',
  'accountPassword.done': 'Votre mot de passe a été modifié. Vous avez été déconnecté partout ailleurs.',

  'accountEmail.title': 'Modifier votre adresse électronique',
  'accountEmail.intro':
    'Votre adresse actuelle est {email}. Elle sera modifiée lorsque vous ouvrirez le lien que nous enverrons à la nouvelle adresse.',
  'accountEmail.email': 'Nouvelle adresse électronique',
  'accountEmail.current': 'Mot de passe actuel',
  'accountEmail.button': 'Envoyer le lien de confirmation',
  'accountEmail.confirm.title': 'Utiliser votre nouvelle adresse',
  'accountEmail.confirm.intro': 'Utiliser désormais {email} comme adresse de votre compte.',
  'accountEmail.confirm.button': 'Utiliser cette adresse',
  'accountEmail.done.title': 'Votre adresse a été modifiée',
  'accountEmail.done.text': 'Votre compte utilise désormais {email}. Connectez-vous dorénavant avec cette adresse.',

  'account.links': 'Votre compte',
  'account.password': 'Modifier votre mot de passe',
  'account.invitations': 'Inviter des éditeurs',

  'invitation.title': 'Rejoindre {city} en tant qu’éditeur',
  'invitation.intro':
    'Vous avez été invité à modifier les pratiques, le profil et les parties prenantes de {city} avec l’adresse {email}.',
  'invitation.existing': 'Votre compte {email} deviendra éditeur de {city}.',
  'invitation.name': 'Votre nom',
  'invitation.password': 'Mot de passe',
  'invitation.button': 'Accepter l’invitation',
  'invitation.done.title': 'Bienvenue à {city}',
  'invitation.done.created': 'Votre compte est prêt : connectez-vous avec {email}.',
  'invitation.done.attached': 'Votre compte {email} est désormais éditeur de {city}.',

  'invitations.title': 'Inviter des éditeurs',
  'invitations.intro':
    'Une invitation est un lien envoyé par courriel. Il ne fonctionne qu’une fois, pendant 7 jours, et fait de la personne un éditeur de la ville (avec un nouveau compte, ou avec le compte existant de cette adresse).',
  'invitations.email': 'Adresse électronique',
  'invitations.city': 'Ville',
  'invitations.language': 'Langue de l’invitation',
  'invitations.button': 'Envoyer l’invitation',
  'invitations.sent': 'L’invitation est en route vers {email}.',
  'invitations.revoked': 'L’invitation a été retirée.',
  'invitations.list': 'Invitations',
  'invitations.none': 'Aucune invitation pour l’instant.',
  'invitations.col.email': 'Personne invitée',
  'invitations.col.city': 'Ville',
  'invitations.col.by': 'Par',
  'invitations.col.state': 'État',
  'invitations.col.expires': 'Lien valable jusqu’au',
  'invitations.revoke': 'Retirer',
  'invitations.revokeLabel': 'Retirer l’invitation de {email}',
  'invitations.state.pending': 'en attente',
  'invitations.state.accepted': 'acceptée',
  'invitations.state.revoked': 'retirée',
  'invitations.state.expired': 'expirée',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', access);
