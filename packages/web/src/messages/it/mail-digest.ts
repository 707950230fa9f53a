import { addMessages } from '../../i18n.ts';
import type { mailDigest as english } from '../en/mail-digest.ts';

/** The weekly digest e-mail of what a person follows (Italian; machine-assisted, not reviewed by a native speaker). */
export const mailDigest = {
  'mail.followDigest.subject': 'Novità in ciò che segui',
  'mail.followDigest.intro': 'Ecco cosa è cambiato dal {since} nelle città, nei temi e nelle sfide che segui:',
  'mail.followDigest.action': 'Leggi il tuo riepilogo',
  'mail.followDigest.after':
    'Ricevi questo riepilogo ogni settimana perché lo hai scelto nella pagina di ciò che segui.',
  'unsubscribe.category.digest': 'il riepilogo settimanale di ciò che segui',
} satisfies Record<keyof typeof english, string>;

addMessages('it', mailDigest);
