import { addMessages } from '../../i18n.ts';
import type { follows as english } from '../en/follows.ts';

/** Interface strings of a person's follows and their digest (Greek; machine-assisted, not reviewed by a native speaker). */
export const follows = {
  'follows.title': 'Όσα ακολουθώ',
  'follows.lead':
    'Ακολουθήστε πόλεις, θέματα και προκλήσεις και διαβάστε εδώ τι άλλαξε από την τελευταία σας επίσκεψη.',
  'follows.follow': 'Ακολουθήστε: {name}',
  'follows.unfollow': 'Διακοπή παρακολούθησης: {name}',
  'follows.following': 'Ακολουθείτε: {name}.',
  'follows.none': 'Δεν ακολουθείτε τίποτα ακόμη.',
  'follows.kind.city': 'Πόλη',
  'follows.kind.theme': 'Θέμα',
  'follows.kind.challenge': 'Πρόκληση',
  'follows.add': 'Ακολουθήστε ένα θέμα ή μια πρόκληση',
  'follows.what': 'Τι να ακολουθήσετε',
  'follows.digest': 'Τι άλλαξε από {date}',
  'follows.nothingNew': 'Τίποτα νέο σε όσα ακολουθείτε από τότε.',
  'follows.practiceNew': 'Νέα πρακτική: {name}',
  'follows.practiceUpdated': 'Ενημερωμένη πρακτική: {name}',
  'follows.assessment': 'Αξιολόγηση του χάρτη στον κύκλο {cycle}: {commitment}, {status}',
  'follows.eventNew': 'Νέα εκδήλωση: {name}, {date}',
  'follows.eventRegistration': 'Ανοιχτές εγγραφές: {name}, {date}',
  'follows.evidenceRun': 'Νέα αποτελέσματα δεικτών: {name}',
  'follows.markRead': 'Σήμανση ως αναγνωσμένο',
  'follows.email': 'Η σύνοψη με e-mail',
  'follows.frequency.off': 'Ποτέ',
  'follows.frequency.weekly': 'Κάθε εβδομάδα',
  'follows.saveEmail': 'Αποθήκευση',
  'follows.saved': 'Αποθηκεύτηκε.',
  'themes.title': 'Θέματα',
  'themes.lead':
    'Τα θέματα της βιβλιοθήκης πρακτικών: ανοίξτε ένα για να δείτε τις πρακτικές, τις ενεργές πόλεις και τις προκλήσεις του, και να το ακολουθήσετε.',
  'themes.caption': 'Θέματα πρακτικών με τις δημοσιευμένες πρακτικές και τις προκλήσεις τους',
  'themes.theme': 'Θέμα',
  'themes.practices': 'Πρακτικές',
  'themes.challenges': 'Προκλήσεις',
  'themes.practicesOf': 'Πρακτικές ({count})',
  'themes.search': 'Αναζήτηση στις πρακτικές αυτού του θέματος',
  'themes.noPractices': 'Δεν υπάρχει ακόμη δημοσιευμένη πρακτική σε αυτό το θέμα.',
  'themes.cities': 'Πόλεις ενεργές σε αυτό το θέμα',
  'themes.cityPractices': '{count, plural, one {# πρακτική} other {# πρακτικές}}',
  'themes.noCities': 'Καμία πόλη δεν έχει ακόμη δημοσιευμένη πρακτική σε αυτό το θέμα.',
  'themes.noChallenges': 'Καμία πρόκληση της ταξινομίας δεν αναφέρει αυτό το θέμα.',
} satisfies Record<keyof typeof english, string>;

addMessages('el', follows);
