import { addMessages } from '../../i18n.ts';
import type { accounts as english } from '../en/accounts.ts';

/** Signing in and out, and the error pages (French, not yet reviewed by a native speaker). */
export const accounts = {
  'signIn.title': 'Se connecter',
  'signIn.intro':
    'Les éditeurs de ville et les administrateurs se connectent pour ajouter et modifier les pratiques et le profil de leur ville. La lecture ne demande pas de compte.',
  'signIn.email': 'Adresse électronique',
  'signIn.password': 'Mot de passe',
  'signIn.button': 'Se connecter',
  'signIn.failed': 'L’adresse électronique ou le mot de passe est incorrect.',
  'signIn.rateLimited': 'Trop de tentatives : attendez une minute et réessayez.',
  'signIn.already': 'Vous êtes connecté en tant que {name}.',
  'signIn.continue': 'Continuer',
  'error.badRequest.title': 'Cette demande ne peut pas être traitée',
  'error.notFound.title': 'Page introuvable',
  'error.notFound.text': 'Il n’y a rien à cette adresse. La page a peut-être été déplacée, dépubliée ou mal saisie.',
  'error.forbidden.title': 'Vous n’avez pas le droit de faire cela',
  'error.forbidden.text':
    'Votre compte ne le permet pas. Les éditeurs de ville ne peuvent modifier que les fiches de leur propre ville.',
  'error.rateLimited.title': 'Trop de tentatives',
  'error.rateLimited.text': 'Attendez une minute et réessayez.',
  'error.internal.title': 'Une erreur s’est produite de notre côté',
  'error.internal.text': 'L’erreur a été enregistrée. Veuillez réessayer plus tard.',
  'error.detail': 'Détails : {message}',
  'error.home': 'Aller à la page d’accueil',
  'error.search': 'Rechercher dans les pratiques',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', accounts);
