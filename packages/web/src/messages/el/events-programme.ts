import { addMessages } from '../../i18n.ts';
import type { eventsProgramme as english } from '../en/events-programme.ts';

/** Interface strings of the timetable, the session pages, the saved sessions and the ranking lists (Greek; machine-assisted, not reviewed by a native speaker). */
export const eventsProgramme = {
  'events.rank.hint':
    'Βάλτε τις {what} στη σειρά που προτιμάτε, πρώτα την καλύτερη. Ταξινομήστε τουλάχιστον {min} και το πολύ {max} ή καμία.',
  'events.rank.cornerHint': 'Θα παρακολουθήσετε {rounds} παρουσιάσεις, μία σε κάθε γύρο.',
  'events.rank.what.parallel': 'συνεδρίες',
  'events.rank.what.corner': 'παρουσιάσεις',
  'events.rank.numberHint': 'Δώστε έναν αριθμό σε καθεμία που θέλετε, 1 για την καλύτερη, και αφήστε τις άλλες κενές.',
  'events.rank.numberLabel': 'Σειρά',
  'events.rank.keysHint':
    'Επιλέξτε όσες θέλετε. Αλλάξτε τη σειρά με τα κουμπιά μετακίνησης, με τα βελάκια πάνω σε ένα κουμπί μετακίνησης ή σύροντας τη λαβή.',
  'events.rank.number': 'Σειρά του {title}',
  'events.rank.include': 'Συμπερίληψη του {title}',
  'events.rank.up': 'Μετακίνηση πάνω: {title}',
  'events.rank.down': 'Μετακίνηση κάτω: {title}',
  'events.rank.drag': 'Σύρετε για αλλαγή σειράς: {title}',
  'events.rank.moved': '{title}: τώρα επιλογή {n} από {count}.',
  'events.rank.included': 'Το {title} συμπεριλήφθηκε ως επιλογή {n} από {count}.',
  'events.rank.excluded': 'Το {title} αφαιρέθηκε από την ταξινόμησή σας.',
  'events.rank.top': 'Το {title} είναι ήδη πρώτο.',
  'events.rank.bottom': 'Το {title} είναι ήδη τελευταίο στις επιλογές σας.',
  'events.rank.tooFew': '{point}: ταξινομήστε τουλάχιστον {min} {what} ή καμία (ταξινομήσατε {count}).',
  'events.rank.tooMany': '{point}: ταξινομήστε το πολύ {max} {what} (ταξινομήσατε {count}).',
  'events.rank.about': 'Σχετικά',
  'events.rank.noDescription': 'Το πρόγραμμα δεν δίνει περιγραφή.',
  'events.rank.notRanked': 'χωρίς ταξινόμηση',
  'events.rank.position': 'Επιλογή {n}',
  'events.tt.noRoom': 'Δεν ορίζεται αίθουσα',
  'events.tt.placeNoRoom': '{venue}, δεν ορίζεται αίθουσα',
  'events.tt.count': 'Εμφανίζονται {count} συνεδρίες.',
  'events.tt.countOne': 'Εμφανίζεται 1 συνεδρία.',
  'events.tt.details': 'Λεπτομέρειες',
  'events.filter.room': 'Χώρος',
  'events.filter.roomNone': 'Δεν ορίζεται αίθουσα',
  'events.filter.q': 'Λέξεις',
  'events.saved.add': 'Προσθήκη στην ατζέντα μου',
  'events.saved.remove': 'Αφαίρεση από την ατζέντα μου',
  'events.saved.in': 'Στην ατζέντα σας',
  'events.saved.added': 'Το {title} προστέθηκε στην ατζέντα σας.',
  'events.saved.removed': 'Το {title} αφαιρέθηκε από την ατζέντα σας.',
  'events.saved.failed': 'Η ατζέντα σας δεν ήταν δυνατό να αλλάξει. Δοκιμάστε ξανά.',
  'events.saved.registerFirst': 'Εγγραφείτε στην εκδήλωση για να προσθέτετε συνεδρίες στην ατζέντα σας.',
  'events.saved.title': 'Συνεδρίες που προσθέσατε',
  'events.saved.lead':
    'Οι συνεδρίες που προσθέσατε από το πρόγραμμα. Η προσθήκη μιας συνεδρίας δεν κρατά θέση: οι θέσεις στις παράλληλες συνεδρίες ακολουθούν τις ταξινομημένες επιλογές σας.',
  'events.saved.none':
    'Δεν έχετε προσθέσει ακόμη καμία συνεδρία: χρησιμοποιήστε το «Προσθήκη στην ατζέντα μου» στο πρόγραμμα.',
  'events.session.breadcrumb': 'Συνεδρία',
  'events.session.when': 'Πότε',
  'events.session.where': 'Πού',
  'events.session.kind': 'Είδος',
  'events.session.sameTime': 'Την ίδια ώρα',
  'events.session.people': 'Πρόσωπα',
} satisfies Record<keyof typeof english, string>;

addMessages('el', eventsProgramme);
