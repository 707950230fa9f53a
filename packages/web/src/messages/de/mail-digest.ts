import { addMessages } from '../../i18n.ts';
import type { mailDigest as english } from '../en/mail-digest.ts';

/** The weekly digest e-mail of what a person follows (German; machine-assisted, not reviewed by a native speaker). */
export const mailDigest = {
  'mail.followDigest.subject': 'Neues in dem, was Sie verfolgen',
  'mail.followDigest.intro':
    'Das hat sich seit {since} in den Städten, Themen und Herausforderungen geändert, denen Sie folgen:',
  'mail.followDigest.action': 'Ihre Zusammenfassung lesen',
  'mail.followDigest.after':
    'Sie erhalten diese Zusammenfassung wöchentlich, weil Sie sie auf Ihrer Seite „Gefolgt“ gewählt haben.',
  'unsubscribe.category.digest': 'die wöchentliche Zusammenfassung dessen, dem Sie folgen',
} satisfies Record<keyof typeof english, string>;

addMessages('de', mailDigest);
