import { addMessages } from '../../i18n.ts';
import type { home as english } from '../en/home.ts';

/** The home page (Greek, not yet reviewed by a native speaker). */
export const home = {
  'home.title': 'Convivio',
  'home.lead':
    'Μια ανοιχτή βιβλιοθήκη όπου οι ευρωπαϊκές πόλεις μοιράζονται πώς υποδέχονται και εντάσσουν μετανάστες και πρόσφυγες: πρακτικές περιγραμμένες με ένα κοινό υπόδειγμα, προφίλ πόλεων και οι άνθρωποι πίσω από αυτά.',
  'home.search.label': 'Αναζήτηση στη βιβλιοθήκη πρακτικών',
  'home.search.button': 'Αναζήτηση',
  'home.stats': 'Η βιβλιοθήκη σε αριθμούς',
  'home.stats.practices': 'πρακτικές',
  'home.stats.cities': 'πόλεις',
  'home.latestPractices': 'Πρόσφατες πρακτικές',
  'home.latestCities': 'Προφίλ πόλεων',
  'home.allPractices': 'Όλες οι πρακτικές',
  'home.allCities': 'Όλες οι πόλεις',
  'home.what': 'Τι μπορείτε να κάνετε εδώ',
  'home.what.find':
    'Να βρείτε πρακτικές ανά θέμα, ομάδα-στόχο, χώρα ή τυπολογία και να τις διαβάσετε στο υπόδειγμα MUST-a-Lab: αποτελέσματα, προκλήσεις, συστάσεις και διδάγματα.',
  'home.what.compare':
    'Να συγκρίνετε προφίλ πόλεων δίπλα δίπλα: πληθυσμός, ποσοστό μεταναστών, στρατηγική και συμμετοχική προσέγγιση.',
  'home.what.share':
    'Οι συντάκτες των πόλεων δημοσιεύουν τις δικές τους πρακτικές και ενημερώνουν το προφίλ της πόλης τους.',
} satisfies Record<keyof typeof english, string>;

addMessages('el', home);
