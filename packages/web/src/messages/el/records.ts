import { addMessages } from '../../i18n.ts';
import type { records as english } from '../en/records.ts';

/** Strings shared by every record page: empty fields, status, history, editing conflicts (Greek; machine-assisted, not reviewed by a native speaker). */
export const records = {
  'record.notStated': 'Δεν αναφέρεται στην πηγή',
  'record.notRecorded': 'Δεν έχει καταγραφεί',
  'record.yes': 'Ναι',
  'record.no': 'Όχι',
  'record.unknown': 'Δεν αναφέρεται',
  'record.status.draft': 'Πρόχειρο',
  'record.status.published': 'Δημοσιευμένο',
  'record.breadcrumb': 'Διαδρομή πλοήγησης',
  'record.language': 'Γραμμένο στα {language}',
  'record.readMore': 'Περισσότερα',
  'history.intro':
    'Κάθε αλλαγή διατηρείται. Η επαναφορά μιας προηγούμενης έκδοσης την αποθηκεύει ως νέα έκδοση· τίποτα δεν χάνεται.',
  'history.caption': 'Εκδόσεις, πρώτα οι νεότερες',
  'history.version': 'Έκδοση',
  'history.action': 'Αλλαγή',
  'history.status': 'Κατάσταση',
  'history.author': 'Ποιος',
  'history.date': 'Πότε',
  'history.view': 'Προβολή',
  'history.viewVersion': 'Προβολή της έκδοσης {version}',
  'history.restore': 'Επαναφορά',
  'history.restoreVersion': 'Επαναφορά της έκδοσης {version}',
  'history.current': 'Τρέχουσα έκδοση',
  'history.imported': 'Εισήχθη από το σύνολο δεδομένων',
  'history.back': 'Επιστροφή στο ιστορικό',
  'history.revisionNotice':
    'Βλέπετε την έκδοση {version}, που αποθήκευσε ο/η {author} στις {date}. Η τρέχουσα έκδοση είναι η {current}.',
  'history.revisionNoticeImport':
    'Βλέπετε την έκδοση {version}, που εισήχθη από το σύνολο δεδομένων στις {date}. Η τρέχουσα έκδοση είναι η {current}.',
  'history.action.create': 'Δημιουργήθηκε',
  'history.action.update': 'Επεξεργάστηκε',
  'history.action.publish': 'Δημοσιεύτηκε',
  'history.action.unpublish': 'Αποσύρθηκε',
  'history.action.import': 'Εισήχθη',
  'history.action.restore': 'Επαναφορά της έκδοσης {version}',
  'history.compare.legend': 'Σύγκριση δύο εκδόσεων',
  'history.compare.from': 'Παλαιότερη έκδοση',
  'history.compare.to': 'Νεότερη έκδοση',
  'history.compare.button': 'Σύγκριση',
  'history.compare.title': 'Αλλαγές από την έκδοση {from} στην έκδοση {to}: {name}',
  'history.compare.intro': 'Οι λέξεις που αφαιρέθηκαν είναι διαγραμμένες, όσες προστέθηκαν είναι υπογραμμισμένες.',
  'history.compare.none': 'Οι δύο εκδόσεις έχουν το ίδιο περιεχόμενο.',
  'history.compare.removedStart': '[αφαιρέθηκε: ',
  'history.compare.addedStart': '[προστέθηκε: ',
  'history.compare.changeEnd': ']',
  'history.compare.wasEmpty': 'Κενό στην παλαιότερη έκδοση.',
  'history.compare.nowEmpty': 'Κενό στη νεότερη έκδοση.',
} satisfies Record<keyof typeof english, string>;

addMessages('el', records);
