import { addMessages } from '../../i18n.ts';
import type { mailDigest as english } from '../en/mail-digest.ts';

/** The weekly digest e-mail of what a person follows (Greek; machine-assisted, not reviewed by a native speaker). */
export const mailDigest = {
  'mail.followDigest.subject': 'Τι νέο υπάρχει σε όσα ακολουθείτε',
  'mail.followDigest.intro': 'Δείτε τι άλλαξε από {since} στις πόλεις, τα θέματα και τις προκλήσεις που ακολουθείτε:',
  'mail.followDigest.action': 'Διαβάστε τη σύνοψή σας',
  'mail.followDigest.after':
    'Λαμβάνετε αυτή τη σύνοψη κάθε εβδομάδα επειδή την επιλέξατε στη σελίδα με όσα ακολουθείτε.',
  'unsubscribe.category.digest': 'την εβδομαδιαία σύνοψη όσων ακολουθείτε',
} satisfies Record<keyof typeof english, string>;

addMessages('el', mailDigest);
