import { addMessages } from '../../i18n.ts';
import type { openData as english } from '../en/open-data.ts';

/** Interface strings of the open data page (Greek, not yet reviewed by a native speaker). */
export const openData = {
  'openData.title': 'Ανοικτά δεδομένα',
  'openData.lead':
    'Όλα όσα δημοσιεύονται εδώ είναι ανοικτά δεδομένα με την άδεια Creative Commons Αναφορά 4.0: κατεβάστε κάθε σύνολο δεδομένων σε CSV ή JSON, όλα μαζί σε ένα αρχείο ZIP, ή διαβάστε τον κατάλογο DCAT-AP.',
  'openData.datasets': 'Σύνολα δεδομένων',
  'openData.csv': 'CSV',
  'openData.csvNoBom': 'CSV χωρίς σήμανση σειράς byte (BOM)',
  'openData.json': 'JSON',
  'openData.all': 'Όλα σε ένα αρχείο ZIP (CSV, JSON και ο κατάλογος)',
  'openData.catalog': 'Κατάλογος DCAT-AP (JSON-LD)',
  'openData.csvFormat':
    'Τα αρχεία CSV είναι σε UTF-8 με σήμανση σειράς byte, ώστε τα προγράμματα υπολογιστικών φύλλων να εμφανίζουν σωστά τα ονόματα με τόνους. Κάθε πεδίο μιας καταχώρισης είναι μια στήλη· τα ένθετα πεδία έχουν επικεφαλίδες με τελείες (duration.start)· οι λίστες ενώνονται με "; " (ως πίνακας JSON όταν ένα στοιχείο περιέχει ερωτηματικό)· οι λίστες αντικειμένων είναι σε JSON. Κείμενο που ένα υπολογιστικό φύλλο θα εκλάμβανε ως τύπο αρχίζει με απόστροφο.',
  'openData.section.practices': 'Πρακτικές',
  'openData.section.cities': 'Προφίλ πόλεων',
  'openData.section.events': 'Εκδηλώσεις και προγράμματα',
  'openData.importTitle': 'Εισαγωγή από CSV',
  'openData.importIntro':
    'Ανεβάστε ένα αρχείο CSV στη μορφή της εξαγωγής (οποιεσδήποτε από τις στήλες της, η "id" είναι υποχρεωτική) για να προσθέσετε ή να αντικαταστήσετε καταχωρίσεις, όλες ή καμία. Μπορείτε να εισαγάγετε μόνο τις καταχωρίσεις που σας επιτρέπεται να επεξεργαστείτε.',
  'openData.importSection': 'Καταχωρίσεις προς εισαγωγή',
  'openData.importFile': 'Αρχείο CSV',
  'openData.importPaste': 'Ή επικολλήστε το κείμενο CSV',
  'openData.importButton': 'Εισαγωγή',
  'openData.importErrors': 'Δεν εισήχθη τίποτα',
  'openData.imported': 'Εισήχθησαν: {created} νέες, {updated} αντικαταστάθηκαν.',
} satisfies Record<keyof typeof english, string>;

addMessages('el', openData);
