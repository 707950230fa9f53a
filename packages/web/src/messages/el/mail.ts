import { addMessages } from '../../i18n.ts';
import type { mail as english } from '../en/mail.ts';

/** Every e-mail the platform sends, and the outbox pages (Greek, not yet reviewed by a native speaker). */
export const mail = {
  'mail.greeting': 'Αγαπητέ/Αγαπητή {name},',
  'mail.signature': 'Η ομάδα του Convivio',
  'mail.linkIntro': 'Αν το κουμπί δεν λειτουργεί, αντιγράψτε αυτή τη διεύθυνση στο πρόγραμμα περιήγησής σας:',
  'mail.unsubscribe': 'Λαμβάνετε αυτό το μήνυμα επειδή εγγραφήκατε σε μια εκδήλωση. Διακοπή αυτών των μηνυμάτων: {url}',
  'mail.unsubscribeLink': 'Διαγραφή από τη λίστα',
  'mail.agenda.waiting': '{line}: σε λίστα αναμονής',

  'mail.verifyEmail.subject': 'Επιβεβαιώστε τη διεύθυνση ηλεκτρονικού ταχυδρομείου σας για το Convivio',
  'mail.verifyEmail.intro':
    'Σας ευχαριστούμε για την εγγραφή σας. Επιβεβαιώστε ότι αυτή η διεύθυνση σας ανήκει, για να ολοκληρωθεί η δημιουργία του λογαριασμού σας.',
  'mail.verifyEmail.action': 'Επιβεβαίωση της διεύθυνσής μου',
  'mail.verifyEmail.after':
    'Ο σύνδεσμος λειτουργεί μία φορά, για {hours} ώρες. Αν δεν κάνατε εσείς την εγγραφή, αγνοήστε αυτό το μήνυμα: χωρίς επιβεβαίωση δεν δημιουργείται λογαριασμός.',

  'mail.alreadyRegistered.subject': 'Κάποιος προσπάθησε να εγγραφεί με τη διεύθυνσή σας',
  'mail.alreadyRegistered.intro':
    'Κάποιος (ίσως εσείς) προσπάθησε να εγγραφεί στο Convivio με αυτή τη διεύθυνση, για την οποία υπάρχει ήδη λογαριασμός. Δεν άλλαξε τίποτα.',
  'mail.alreadyRegistered.action': 'Σύνδεση',
  'mail.alreadyRegistered.after': 'Ξεχάσατε τον κωδικό πρόσβασης; Ζητήστε νέο στη διεύθυνση {forgotUrl}',

  'mail.resetPassword.subject': 'Επαναφορά του κωδικού πρόσβασής σας στο Convivio',
  'mail.resetPassword.intro':
    'Κάποιος (ελπίζουμε εσείς) ζήτησε την επαναφορά του κωδικού πρόσβασης του λογαριασμού σας.',
  'mail.resetPassword.action': 'Επιλογή νέου κωδικού πρόσβασης',
  'mail.resetPassword.after':
    'Ο σύνδεσμος λειτουργεί μία φορά, για {hours} ώρες. Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το μήνυμα: ο κωδικός πρόσβασής σας παραμένει ως έχει.',

  'mail.passwordChanged.subject': 'Ο κωδικός πρόσβασής σας στο Convivio άλλαξε',
  'mail.passwordChanged.intro':
    'Ο κωδικός πρόσβασης του λογαριασμού σας μόλις άλλαξε και οι άλλες συνεδρίες σας τερματίστηκαν.',
  'mail.passwordChanged.after': 'Αν δεν ήσασταν εσείς, επαναφέρετε αμέσως τον κωδικό πρόσβασής σας: {forgotUrl}',

  'mail.confirmNewEmail.subject': 'Επιβεβαιώστε τη νέα διεύθυνση ηλεκτρονικού ταχυδρομείου σας για το Convivio',
  'mail.confirmNewEmail.intro':
    'Ζητήσατε να χρησιμοποιείται αυτή η διεύθυνση για τον λογαριασμό σας στο Convivio. Επιβεβαιώστε ότι σας ανήκει.',
  'mail.confirmNewEmail.action': 'Χρήση αυτής της διεύθυνσης',
  'mail.confirmNewEmail.after':
    'Ο σύνδεσμος λειτουργεί μία φορά, για {hours} ώρες. Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το μήνυμα.',

  'mail.emailChanged.subject': 'Ο λογαριασμός σας στο Convivio έχει νέα διεύθυνση ηλεκτρονικού ταχυδρομείου',
  'mail.emailChanged.intro':
    'Ο λογαριασμός σας χρησιμοποιεί πλέον τη διεύθυνση {newEmail}· τα μηνύματα δεν έρχονται πια σε αυτή τη διεύθυνση και συνδέεστε με τη νέα.',
  'mail.emailChanged.after': 'Αν δεν ήσασταν εσείς, ενημερώστε αμέσως έναν διαχειριστή.',

  'mail.invitation.subject': 'Σας προσκαλούμε να επεξεργάζεστε την πόλη {city} στο Convivio',
  'mail.invitation.intro':
    'Ο/Η {inviter} σας προσκαλεί να επεξεργάζεστε τις πρακτικές, το προφίλ και τα ενδιαφερόμενα μέρη της πόλης {city} στο Convivio, τον κοινό χώρο όπου οι ευρωπαϊκές πόλεις μοιράζονται πρακτικές ένταξης.',
  'mail.invitation.action': 'Αποδοχή της πρόσκλησης',
  'mail.invitation.after':
    'Ο σύνδεσμος λειτουργεί μία φορά, έως {expires}. Αν δεν γνωρίζετε τον/την {inviter}, αγνοήστε αυτό το μήνυμα.',

  'mail.registrationConfirmed.subject': 'Η εγγραφή σας στην εκδήλωση {event} ολοκληρώθηκε',
  'mail.registrationConfirmed.intro': 'Η εγγραφή σας στην εκδήλωση {event} ({dates}) επιβεβαιώθηκε.',
  'mail.registrationConfirmed.action': 'Προβολή της εγγραφής σας',
  'mail.registrationConfirmed.after':
    'Μπορείτε να αλλάξετε τις επιλογές σας ή να αποσύρετε την εγγραφή σας από τη σελίδα εγγραφής, μέχρι να την κλείσουν οι διοργανωτές.',

  'mail.assignmentResult.subject': 'Οι συνεδρίες σας στην εκδήλωση {event}',
  'mail.assignmentResult.intro':
    'Οι διοργανωτές της εκδήλωσης {event} κατένειμαν τους συμμετέχοντες στις συνεδρίες. Το πρόγραμμά σας βρίσκεται παρακάτω· επισυνάπτεται επίσης ως αρχείο ημερολογίου.',
  'mail.assignmentResult.action': 'Προβολή του προγράμματός σας',
  'mail.assignmentResult.after': 'Το πρόγραμμα ενδέχεται να αλλάξει ακόμη· σε αυτή την περίπτωση θα ενημερωθείτε.',

  'mail.eventReminder.subject': 'Υπενθύμιση: η εκδήλωση {event} αρχίζει στις {when}',
  'mail.eventReminder.intro': 'Η εκδήλωση {event} αρχίζει στις {when} ({place}). Το πρόγραμμά σας βρίσκεται παρακάτω.',
  'mail.eventReminder.action': 'Προβολή του προγράμματός σας',
  'mail.eventReminder.after': 'Ανυπομονούμε να σας δούμε.',

  'outbox.title': 'Εξερχόμενα',
  'outbox.intro':
    'Κάθε μήνυμα ηλεκτρονικού ταχυδρομείου που έστειλε ή θα έστελνε η πλατφόρμα. Χωρίς διακομιστή SMTP (SMTP_URL) τα μηνύματα παραμένουν εδώ σε αναμονή, ώστε οι σύνδεσμοί τους να μπορούν να ανοιχτούν από αυτή τη σελίδα.',
  'outbox.smtp.on': 'Τα μηνύματα αποστέλλονται μέσω του ρυθμισμένου διακομιστή SMTP.',
  'outbox.smtp.off': 'Δεν έχει ρυθμιστεί διακομιστής SMTP: τα μηνύματα δεν αποστέλλονται, απλώς φυλάσσονται εδώ.',
  'outbox.empty': 'Δεν υπάρχει ακόμη μήνυμα.',
  'outbox.col.created': 'Δημιουργία',
  'outbox.col.to': 'Προς',
  'outbox.col.subject': 'Θέμα',
  'outbox.col.template': 'Είδος',
  'outbox.col.state': 'Κατάσταση',
  'outbox.state.queued': 'σε αναμονή',
  'outbox.state.sent': 'εστάλη',
  'outbox.state.failed': 'απέτυχε',
  'outbox.error': 'Σφάλμα από τον διακομιστή SMTP: {error}',
  'outbox.sentAt': 'Εστάλη στις {when}',
  'outbox.text': 'Απλό κείμενο',
  'outbox.html': 'HTML',
  'outbox.headers': 'Κεφαλίδες',
  'outbox.attachments': 'Συνημμένα',
  'outbox.noAttachments': 'Κανένα',
  'outbox.back': 'Όλα τα μηνύματα',
  'outbox.older': 'Παλαιότερα μηνύματα',
  'outbox.newer': 'Νεότερα μηνύματα',

  'unsubscribe.title': 'Διαγραφή από τη λίστα',
  'unsubscribe.question': 'Να σταματήσει η αποστολή «{category}» στη διεύθυνση {email};',
  'unsubscribe.button': 'Διαγραφή από τη λίστα',
  'unsubscribe.done': 'Έγινε: η διεύθυνση {email} δεν θα λαμβάνει πλέον «{category}».',
  'unsubscribe.invalid':
    'Αυτός ο σύνδεσμος διαγραφής δεν είναι έγκυρος. Αντιγράψτε ολόκληρη τη διεύθυνση από το μήνυμα.',
  'unsubscribe.category.reminders': 'υπενθυμίσεις εκδηλώσεων',
} satisfies Record<keyof typeof english, string>;

addMessages('el', mail);
