import { addMessages } from '../../i18n.ts';
import type { mail as english } from '../en/mail.ts';

/** Every e-mail the platform sends, and the outbox pages (French, not yet reviewed by a native speaker). */
export const mail = {
  'mail.greeting': 'Bonjour {name},',
  'mail.signature': 'L’équipe Convivio',
  'mail.linkIntro': 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :',
  'mail.unsubscribe':
    'Vous recevez ce message parce que vous vous êtes inscrit à un événement. Pour ne plus recevoir ces messages : {url}',
  'mail.unsubscribeLink': 'Se désabonner',
  'mail.agenda.waiting': '{line} : sur la liste d’attente',

  'mail.verifyEmail.subject': 'Confirmez votre adresse électronique pour Convivio',
  'mail.verifyEmail.intro':
    'Merci de votre inscription. Confirmez que cette adresse est bien la vôtre pour terminer la création de votre compte.',
  'mail.verifyEmail.action': 'Confirmer mon adresse',
  'mail.verifyEmail.after':
    'Le lien ne fonctionne qu’une fois, pendant {hours} heures. Si vous ne vous êtes pas inscrit, ignorez ce message : aucun compte n’est créé sans cette confirmation.',

  'mail.alreadyRegistered.subject': 'Quelqu’un a tenté de s’inscrire avec votre adresse',
  'mail.alreadyRegistered.intro':
    'Quelqu’un (peut-être vous) a tenté de s’inscrire sur Convivio avec cette adresse, qui possède déjà un compte. Rien n’a été modifié.',
  'mail.alreadyRegistered.action': 'Se connecter',
  'mail.alreadyRegistered.after': 'Mot de passe oublié ? Demandez-en un nouveau sur {forgotUrl}',

  'mail.resetPassword.subject': 'Réinitialisez votre mot de passe Convivio',
  'mail.resetPassword.intro':
    'Quelqu’un (vous, espérons-le) a demandé la réinitialisation du mot de passe de votre compte.',
  'mail.resetPassword.action': 'Choisir un nouveau mot de passe',
  'mail.resetPassword.after':
    'Le lien ne fonctionne qu’une fois, pendant {hours} heures. Si vous n’en avez pas fait la demande, ignorez ce message : votre mot de passe reste inchangé.',

  'mail.passwordChanged.subject': 'Votre mot de passe Convivio a été modifié',
  'mail.passwordChanged.intro':
    'Le mot de passe de votre compte vient d’être modifié, et vos autres sessions ont été fermées.',
  'mail.passwordChanged.after':
    'Si vous n’êtes pas à l’origine de ce changement, réinitialisez immédiatement votre mot de passe : {forgotUrl}',

  'mail.confirmNewEmail.subject': 'Confirmez votre nouvelle adresse électronique pour Convivio',
  'mail.confirmNewEmail.intro':
    'Vous avez demandé à utiliser cette adresse pour votre compte Convivio. Confirmez qu’elle est bien la vôtre.',
  'mail.confirmNewEmail.action': 'Utiliser cette adresse',
  'mail.confirmNewEmail.after':
    'Le lien ne fonctionne qu’une fois, pendant {hours} heures. Si vous n’en avez pas fait la demande, ignorez ce message.',

  'mail.emailChanged.subject': 'Votre compte Convivio a une nouvelle adresse électronique',
  'mail.emailChanged.intro':
    'Votre compte utilise désormais l’adresse {newEmail} ; les messages n’arrivent plus à celle-ci et vous vous connectez avec la nouvelle.',
  'mail.emailChanged.after':
    'Si vous n’êtes pas à l’origine de ce changement, prévenez immédiatement un administrateur.',

  'mail.invitation.subject': 'Vous êtes invité à modifier {city} sur Convivio',
  'mail.invitation.intro':
    '{inviter} vous invite à modifier les pratiques, le profil et les parties prenantes de {city} sur Convivio, l’espace commun où les villes européennes partagent leurs pratiques d’intégration.',
  'mail.invitation.action': 'Accepter l’invitation',
  'mail.invitation.after':
    'Le lien ne fonctionne qu’une fois, jusqu’au {expires}. Si vous ne connaissez pas {inviter}, ignorez ce message.',

  'mail.registrationConfirmed.subject': 'Vous êtes inscrit à {event}',
  'mail.registrationConfirmed.intro': 'Votre inscription à {event} ({dates}) est confirmée.',
  'mail.registrationConfirmed.action': 'Voir votre inscription',
  'mail.registrationConfirmed.after':
    'Vous pouvez modifier vos choix ou vous désinscrire depuis la page d’inscription jusqu’à sa clôture par les organisateurs.',

  'mail.assignmentResult.subject': 'Vos sessions à {event}',
  'mail.assignmentResult.intro':
    'Les organisateurs de {event} ont réparti les participants dans les sessions. Votre agenda figure ci-dessous ; il est également joint sous forme de fichier de calendrier.',
  'mail.assignmentResult.action': 'Voir votre agenda',
  'mail.assignmentResult.after': 'L’agenda peut encore changer ; vous en serez informé le cas échéant.',

  'mail.eventReminder.subject': 'Rappel : {event} commence le {when}',
  'mail.eventReminder.intro': '{event} commence le {when} ({place}). Votre agenda figure ci-dessous.',
  'mail.eventReminder.action': 'Voir votre agenda',
  'mail.eventReminder.after': 'Au plaisir de vous y retrouver.',

  'outbox.title': 'Boîte d’envoi',
  'outbox.intro':
    'Chaque courriel que la plateforme a envoyé ou enverrait. Sans serveur SMTP (SMTP_URL), les messages restent ici en attente, de sorte que les liens qu’ils contiennent peuvent être ouverts depuis cette page.',
  'outbox.smtp.on': 'Les messages sont envoyés par le serveur SMTP configuré.',
  'outbox.smtp.off': 'Aucun serveur SMTP n’est configuré : les messages ne sont pas envoyés, seulement conservés ici.',
  'outbox.empty': 'Aucun message pour l’instant.',
  'outbox.col.created': 'Créé',
  'outbox.col.to': 'Destinataire',
  'outbox.col.subject': 'Objet',
  'outbox.col.template': 'Type',
  'outbox.col.state': 'État',
  'outbox.state.queued': 'en attente',
  'outbox.state.sent': 'envoyé',
  'outbox.state.failed': 'échec',
  'outbox.error': 'Erreur du serveur SMTP : {error}',
  'outbox.sentAt': 'Envoyé le {when}',
  'outbox.text': 'Texte brut',
  'outbox.html': 'HTML',
  'outbox.headers': 'En-têtes',
  'outbox.attachments': 'Pièces jointes',
  'outbox.noAttachments': 'Aucune',
  'outbox.back': 'Tous les messages',
  'outbox.older': 'Messages plus anciens',
  'outbox.newer': 'Messages plus récents',

  'unsubscribe.title': 'Se désabonner',
  'unsubscribe.question': 'Ne plus envoyer de {category} à {email} ?',
  'unsubscribe.button': 'Se désabonner',
  'unsubscribe.done': 'C’est fait : {email} ne recevra plus de {category}.',
  'unsubscribe.invalid': 'Ce lien de désabonnement n’est pas valide. Copiez l’adresse complète depuis le message.',
  'unsubscribe.category.reminders': 'rappels d’événements',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', mail);
