import { addMessages } from '../../i18n.ts';
import type { network as english } from '../en/network.ts';

/** The learning network: the map of Europe and its list (Greek, not yet reviewed by a native speaker). */
export const network = {
  'nav.network': 'Δίκτυο',
  'network.title': 'Το δίκτυο μάθησης',
  'network.lead':
    'Οι πόλεις του Convivio σε χάρτη της Ευρώπης. Κάθε κύκλος είναι μια πόλη· το εμβαδόν του μεγαλώνει με τον αριθμό των πρακτικών που μοιράζεται η πόλη. Επιλέξτε θέμα, τυπολογία ή ομάδα-στόχο για να δείτε ποιες πόλεις εργάζονται σε αυτό.',
  'network.filters': 'Εμφάνιση των πρακτικών ανά',
  'network.filter.theme': 'Θέμα',
  'network.filter.typology': 'Τυπολογία',
  'network.filter.targetGroup': 'Ομάδα-στόχος',
  'network.filter.any': 'Όλα',
  'network.filter.option': '{label} ({count})',
  'network.filter.apply': 'Εμφάνιση στον χάρτη',
  'network.filter.clear': 'Εμφάνιση όλων των πόλεων',
  'network.summary': '{cities} πόλεις, {practices} πρακτικές',
  'network.summary.one': '1 πόλη, {practices} πρακτικές',
  'network.map.label': 'Χάρτης της Ευρώπης με τις πόλεις του δικτύου',
  'network.map.skip': 'Παράλειψη του χάρτη και μετάβαση στον κατάλογο των πόλεων',
  'network.map.city': '{name}, {country}: {count} πρακτικές',
  'network.map.cityOne': '{name}, {country}: 1 πρακτική',
  'network.map.cityNone': '{name}, {country}: καμία πρακτική ακόμη',
  'network.map.source': 'Περιγράμματα χωρών: Natural Earth (κοινό κτήμα), 1:110m, μέσω world-atlas.',
  'network.legend': 'Πρακτικές',
  'network.legend.none': 'καμία ακόμη',
  'network.empty':
    'Καμία πόλη δεν έχει πρακτική με αυτά τα φίλτρα. Επιλέξτε άλλο θέμα, άλλη τυπολογία ή άλλη ομάδα-στόχο.',
  'network.list': 'Οι ίδιες πόλεις σε κατάλογο',
  'network.list.caption': 'Οι πόλεις του χάρτη και οι πρακτικές τους, πρώτα όσες έχουν τις περισσότερες',
  'network.list.city': 'Πόλη',
  'network.list.country': 'Χώρα',
  'network.list.practices': 'Πρακτικές',
  'network.list.practicesLink': '{count} πρακτικές της πόλης {name}',
  'network.unlocated': 'Δεν εμφανίζονται ακόμη στον χάρτη (χωρίς συντεταγμένες)',
  'network.updating': 'Ενημέρωση του χάρτη…',
  'network.updated': 'Ο χάρτης ενημερώθηκε: {summary}',
} satisfies Record<keyof typeof english, string>;

addMessages('el', network);
