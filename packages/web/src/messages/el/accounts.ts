import { addMessages } from '../../i18n.ts';
import type { accounts as english } from '../en/accounts.ts';

/** Signing in and out, and the error pages (Greek, not yet reviewed by a native speaker). */
export const accounts = {
  'signIn.title': 'Σύνδεση',
  'signIn.intro':
    'Οι συντάκτες πόλεων και οι διαχειριστές συνδέονται για να προσθέτουν και να επεξεργάζονται τις πρακτικές και το προφίλ της πόλης τους. Για ανάγνωση δεν χρειάζεται λογαριασμός.',
  'signIn.email': 'Διεύθυνση ηλεκτρονικού ταχυδρομείου',
  'signIn.password': 'Κωδικός πρόσβασης',
  'signIn.button': 'Σύνδεση',
  'signIn.failed': 'Η διεύθυνση ηλεκτρονικού ταχυδρομείου ή ο κωδικός πρόσβασης δεν είναι σωστά.',
  'signIn.rateLimited': 'Πάρα πολλές απόπειρες: περιμένετε ένα λεπτό και δοκιμάστε ξανά.',
  'signIn.already': 'Έχετε συνδεθεί ως {name}.',
  'signIn.continue': 'Συνέχεια',
  'error.badRequest.title': 'Δεν είναι δυνατή η απάντηση σε αυτό το αίτημα',
  'error.notFound.title': 'Η σελίδα δεν βρέθηκε',
  'error.notFound.text':
    'Δεν υπάρχει τίποτα σε αυτή τη διεύθυνση. Ίσως μετακινήθηκε, αποσύρθηκε ή πληκτρολογήθηκε λάθος.',
  'error.forbidden.title': 'Δεν επιτρέπεται να το κάνετε αυτό',
  'error.forbidden.text':
    'Ο λογαριασμός σας δεν το επιτρέπει. Οι συντάκτες πόλεων μπορούν να αλλάζουν μόνο τις εγγραφές της δικής τους πόλης.',
  'error.rateLimited.title': 'Πάρα πολλές απόπειρες',
  'error.rateLimited.text': 'Περιμένετε ένα λεπτό και δοκιμάστε ξανά.',
  'error.internal.title': 'Κάτι πήγε στραβά από τη δική μας πλευρά',
  'error.internal.text': 'Το σφάλμα καταγράφηκε. Δοκιμάστε ξανά αργότερα.',
  'error.detail': 'Λεπτομέρειες: {message}',
  'error.home': 'Μετάβαση στην αρχική σελίδα',
  'error.search': 'Αναζήτηση στις πρακτικές',
} satisfies Record<keyof typeof english, string>;

addMessages('el', accounts);
