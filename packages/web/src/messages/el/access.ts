import { addMessages } from '../../i18n.ts';
import type { access as english } from '../en/access.ts';

/** Signing up, confirming an address, passwords, a new address, invitations (Greek, not yet reviewed by a native speaker). */
export const access = {
  'signUp.title': 'Εγγραφή',
  'signUp.intro':
    'Όλοι μπορούν να διαβάζουν χωρίς λογαριασμό. Με λογαριασμό μπορείτε να εγγράφεστε σε εκδηλώσεις· οι συντάκτες πόλεων προσκαλούνται από την πόλη τους ή από διαχειριστή.',
  'signUp.name': 'Το όνομά σας',
  'signUp.email': 'Διεύθυνση ηλεκτρονικού ταχυδρομείου',
  'signUp.password': 'Κωδικός πρόσβασης',
  'signUp.passwordHint':
    'Τουλάχιστον 10 χαρακτήρες και δύσκολος να μαντευτεί: μια φράση πρόσβασης με τέσσερις ή περισσότερες άσχετες μεταξύ τους λέξεις είναι καλή επιλογή.',
  'signUp.button': 'Εγγραφή',
  'signUp.haveAccount': 'Έχετε ήδη λογαριασμό; Συνδεθείτε',
  'signUp.sent.title': 'Ελέγξτε τα εισερχόμενά σας',
  'signUp.rateLimited': 'Πάρα πολλά αιτήματα: περιμένετε ένα λεπτό και δοκιμάστε ξανά.',
  'signIn.noAccount': 'Δεν έχετε ακόμη λογαριασμό; Εγγραφείτε',
  'signIn.forgot': 'Ξεχάσατε τον κωδικό πρόσβασης;',
  'signIn.unverified':
    'Επιβεβαιώστε πρώτα τη διεύθυνση ηλεκτρονικού ταχυδρομείου σας: ανοίξτε τον σύνδεσμο που σας στείλαμε. Με νέα εγγραφή αποστέλλεται νέος σύνδεσμος.',

  'verify.title': 'Επιβεβαίωση της διεύθυνσης ηλεκτρονικού ταχυδρομείου σας',
  'verify.intro':
    'Επιβεβαιώστε ότι η {email} είναι η διεύθυνσή σας, για να ολοκληρωθεί η δημιουργία του λογαριασμού σας.',
  'verify.button': 'Επιβεβαίωση της διεύθυνσής μου',
  'verify.done.title': 'Η διεύθυνσή σας επιβεβαιώθηκε',
  'verify.done.text': 'Σας ευχαριστούμε: η {email} επιβεβαιώθηκε. Μπορείτε πλέον να συνδεθείτε.',
  'verify.signIn': 'Σύνδεση',

  'link.failed.title': 'Αυτός ο σύνδεσμος δεν λειτουργεί',

  'forgot.title': 'Ξεχάσατε τον κωδικό πρόσβασης',
  'forgot.intro':
    'Δώστε τη διεύθυνση του λογαριασμού σας: θα σας στείλουμε σύνδεσμο για να επιλέξετε νέο κωδικό πρόσβασης.',
  'forgot.email': 'Διεύθυνση ηλεκτρονικού ταχυδρομείου',
  'forgot.button': 'Αποστολή του συνδέσμου',
  'forgot.sent.title': 'Ελέγξτε τα εισερχόμενά σας',

  'reset.title': 'Επιλογή νέου κωδικού πρόσβασης',
  'reset.password': 'Νέος κωδικός πρόσβασης',
  'reset.button': 'Αποθήκευση του νέου κωδικού πρόσβασης',
  'reset.done.title': 'Ο κωδικός πρόσβασής σας άλλαξε',
  'reset.done.text': 'Συνδεθείτε με τον νέο κωδικό πρόσβασης. Αποσυνδεθήκατε από όλες τις άλλες συσκευές.',

  'accountPassword.title': 'Αλλαγή του κωδικού πρόσβασής σας',
  'accountPassword.current': 'Τρέχων κωδικός πρόσβασης',
  'accountPassword.password': 'Νέος κωδικός πρόσβασης',
  'accountPassword.button': 'Αλλαγή του κωδικού πρόσβασης',
  'accountPassword.done': 'Ο κωδικός πρόσβασής σας άλλαξε. Αποσυνδεθήκατε από όλες τις άλλες συσκευές.',

  'accountEmail.title': 'Αλλαγή της διεύθυνσης ηλεκτρονικού ταχυδρομείου σας',
  'accountEmail.intro':
    'Η τρέχουσα διεύθυνσή σας είναι {email}. Αλλάζει μόλις ανοίξετε τον σύνδεσμο που θα στείλουμε στη νέα.',
  'accountEmail.email': 'Νέα διεύθυνση ηλεκτρονικού ταχυδρομείου',
  'accountEmail.current': 'Τρέχων κωδικός πρόσβασης',
  'accountEmail.button': 'Αποστολή του συνδέσμου επιβεβαίωσης',
  'accountEmail.confirm.title': 'Χρήση της νέας διεύθυνσής σας',
  'accountEmail.confirm.intro': 'Χρήση της {email} ως διεύθυνσης του λογαριασμού σας από εδώ και στο εξής.',
  'accountEmail.confirm.button': 'Χρήση αυτής της διεύθυνσης',
  'accountEmail.done.title': 'Η διεύθυνσή σας άλλαξε',
  'accountEmail.done.text':
    'Ο λογαριασμός σας χρησιμοποιεί πλέον την {email}. Συνδέεστε με αυτήν από εδώ και στο εξής.',

  'account.links': 'Ο λογαριασμός σας',
  'account.password': 'Αλλαγή του κωδικού πρόσβασής σας',
  'account.invitations': 'Πρόσκληση συντακτών',

  'invitation.title': 'Γίνετε συντάκτης της πόλης {city}',
  'invitation.intro':
    'Σας προσκάλεσαν να επεξεργάζεστε τις πρακτικές, το προφίλ και τα ενδιαφερόμενα μέρη της πόλης {city} ως {email}.',
  'invitation.existing': 'Ο λογαριασμός σας {email} θα γίνει λογαριασμός συντάκτη της πόλης {city}.',
  'invitation.name': 'Το όνομά σας',
  'invitation.password': 'Κωδικός πρόσβασης',
  'invitation.button': 'Αποδοχή της πρόσκλησης',
  'invitation.done.title': 'Καλώς ήρθατε: {city}',
  'invitation.done.created': 'Ο λογαριασμός σας είναι έτοιμος: συνδεθείτε ως {email}.',
  'invitation.done.attached': 'Ο λογαριασμός σας {email} επεξεργάζεται πλέον την πόλη {city}.',

  'invitations.title': 'Πρόσκληση συντακτών',
  'invitations.intro':
    'Η πρόσκληση είναι ένας σύνδεσμος που αποστέλλεται με ηλεκτρονικό ταχυδρομείο. Λειτουργεί μία φορά, για 7 ημέρες, και καθιστά τον παραλήπτη συντάκτη της πόλης (με νέο λογαριασμό ή με τον υπάρχοντα λογαριασμό της διεύθυνσης).',
  'invitations.email': 'Διεύθυνση ηλεκτρονικού ταχυδρομείου',
  'invitations.city': 'Πόλη',
  'invitations.language': 'Γλώσσα της πρόσκλησης',
  'invitations.button': 'Αποστολή της πρόσκλησης',
  'invitations.sent': 'Η πρόσκληση αποστέλλεται στη διεύθυνση {email}.',
  'invitations.revoked': 'Η πρόσκληση ανακλήθηκε.',
  'invitations.list': 'Προσκλήσεις',
  'invitations.none': 'Δεν υπάρχει ακόμη πρόσκληση.',
  'invitations.col.email': 'Προσκεκλημένος',
  'invitations.col.city': 'Πόλη',
  'invitations.col.by': 'Από',
  'invitations.col.state': 'Κατάσταση',
  'invitations.col.expires': 'Ο σύνδεσμος ισχύει έως',
  'invitations.revoke': 'Ανάκληση',
  'invitations.revokeLabel': 'Ανάκληση της πρόσκλησης προς {email}',
  'invitations.state.pending': 'σε εκκρεμότητα',
  'invitations.state.accepted': 'έγινε αποδεκτή',
  'invitations.state.revoked': 'ανακλήθηκε',
  'invitations.state.expired': 'έληξε',
} satisfies Record<keyof typeof english, string>;

addMessages('el', access);
