import { addMessages } from '../../i18n.ts';
import type { translations as english } from '../en/translations.ts';

/** Translations of record texts: the notice on a translated page and the translation form (Greek, not yet reviewed by a native speaker). */
export const translations = {
  'translations.notice':
    'Μετάφραση από το πρωτότυπο ({language}) — {kind, select, machine {αυτόματη μετάφραση} other {μετάφραση από άνθρωπο}}, όχι το πρωτότυπο κείμενο.',
  'translations.note': 'Σημείωση: {note}',
  'translations.by': 'Μετάφραση: {source}',
  'translations.readOriginal': 'Διαβάστε το πρωτότυπο ({language})',
  'translations.readTranslation': 'Διαβάστε τη μετάφραση ({language})',
  'translations.originalShown': 'Διαβάζετε το πρωτότυπο ({language}).',
  'translations.translate': 'Μεταφράσεις',
  'translations.form.title': 'Μεταφράσεις του {name}',
  'translations.form.intro':
    'Μεταφράστε τα κείμενα αυτής της καταχώρισης σε άλλη γλώσσα. Αφήστε ένα πεδίο κενό για να εμφανίζεται εκεί το πρωτότυπο. Οι αναγνώστες βλέπουν ποια κείμενα είναι μεταφρασμένα και μπορούν πάντα να διαβάσουν το πρωτότυπο.',
  'translations.form.existing': 'Υπάρχουσες μεταφράσεις',
  'translations.form.none': 'Δεν υπάρχουν ακόμη μεταφράσεις.',
  'translations.form.edit': 'Επεξεργασία της μετάφρασης ({language})',
  'translations.form.language': 'Γλώσσα της μετάφρασης',
  'translations.form.kind': 'Ποιος μετέφρασε',
  'translations.form.kind.human': 'Ένας άνθρωπος',
  'translations.form.kind.machine': 'Μια μηχανή (αυτόματη μετάφραση)',
  'translations.form.source': 'Μετάφραση από (πρόσωπο, υπηρεσία ή εργαλείο)',
  'translations.form.note': 'Σημείωση για τους αναγνώστες',
  'translations.form.original': 'Πρωτότυπο: {text}',
  'translations.form.save': 'Αποθήκευση της μετάφρασης',
  'translations.form.delete': 'Διαγραφή αυτής της μετάφρασης',
  'translations.form.saved': 'Η μετάφραση αποθηκεύτηκε.',
  'translations.form.deleted': 'Η μετάφραση διαγράφηκε.',
  'translations.form.keyTakeawaysHint': 'Ένα συμπέρασμα ανά γραμμή.',
} satisfies Record<keyof typeof english, string>;

addMessages('el', translations);
