import { addMessages } from '../../i18n.ts';
import type { mailDigest as english } from '../en/mail-digest.ts';

/** The weekly digest e-mail of what a person follows (Dutch; machine-assisted, not reviewed by a native speaker). */
export const mailDigest = {
  'mail.followDigest.subject': 'Nieuw in wat u volgt',
  'mail.followDigest.intro': 'Dit is er veranderd sinds {since} in de steden, thema’s en uitdagingen die u volgt:',
  'mail.followDigest.action': 'Lees uw overzicht',
  'mail.followDigest.after':
    'U ontvangt dit overzicht wekelijks omdat u dat op uw pagina met gevolgde onderwerpen hebt gekozen.',
  'unsubscribe.category.digest': 'het wekelijkse overzicht van wat u volgt',
} satisfies Record<keyof typeof english, string>;

addMessages('nl', mailDigest);
