import { addMessages } from '../../i18n.ts';
import type { mailDigest as english } from '../en/mail-digest.ts';

/** The weekly digest e-mail of what a person follows (French; machine-assisted, not reviewed by a native speaker). */
export const mailDigest = {
  'mail.followDigest.subject': 'Les nouveautés de ce que vous suivez',
  'mail.followDigest.intro':
    'Voici ce qui a changé depuis le {since} dans les villes, thèmes et défis que vous suivez :',
  'mail.followDigest.action': 'Lire votre résumé',
  'mail.followDigest.after':
    'Vous recevez ce résumé chaque semaine parce que vous l’avez choisi sur votre page de suivis.',
  'unsubscribe.category.digest': 'le résumé hebdomadaire de ce que vous suivez',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', mailDigest);
