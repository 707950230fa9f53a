import { addMessages } from '../../i18n.ts';
import type { eventsAttendance as english } from '../en/events-attendance.ts';

/** Interface strings of check-in, attendance and calendar subscriptions (Greek; machine-assisted, not reviewed by a native speaker). */
export const eventsAttendance = {
  'events.badges.qr': 'Κωδικός προσέλευσης: {name}',
  'events.checkin.title': 'Καταγραφή προσέλευσης: {event}',
  'events.checkin.lead':
    'Σαρώστε τον κωδικό QR σε μια κονκάρδα (ένας σαρωτής USB ή ένα τηλέφωνο πληκτρολογεί τον κωδικό στο πεδίο και πατά Enter), πληκτρολογήστε τον κωδικό ή βρείτε το άτομο με το όνομά του.',
  'events.checkin.where': 'Καταγραφή προσέλευσης σε',
  'events.checkin.wholeEvent': 'Την εκδήλωση (άφιξη)',
  'events.checkin.change': 'Αλλαγή',
  'events.checkin.code': 'Κωδικός προσέλευσης',
  'events.checkin.codeHint': 'Ο κωδικός που είναι τυπωμένος κάτω από τον κωδικό QR στην κονκάρδα.',
  'events.checkin.submit': 'Καταγραφή προσέλευσης',
  'events.checkin.camera': 'Σάρωση με την κάμερα',
  'events.checkin.cameraStop': 'Διακοπή της κάμερας',
  'events.checkin.cameraLabel': 'Εικόνα κάμερας για σάρωση κονκάρδας',
  'events.checkin.search': 'Αναζήτηση με όνομα ή οργανισμό',
  'events.checkin.find': 'Εύρεση',
  'events.checkin.results': 'Άτομα που βρέθηκαν: {count}',
  'events.checkin.noResults': 'Κανένας εγγεγραμμένος δεν αντιστοιχεί στο «{query}».',
  'events.checkin.person': 'Καταγραφή προσέλευσης: {name}',
  'events.checkin.already': 'Καταγράφηκε στις {time}',
  'events.checkin.done': 'Καταγράφηκε: {name} ({role}).',
  'events.checkin.again': 'Η προσέλευση του/της {name} είχε ήδη καταγραφεί εδώ στις {time}· δεν άλλαξε τίποτα.',
  'events.checkin.counts': 'Προσελεύσεις μέχρι στιγμής',
  'events.checkin.session': 'Συνεδρία',
  'events.checkin.count': 'Προσήλθαν',
  'events.checkin.eventCount': '{count} από {registered} εγγεγραμμένους',
  'events.checkin.link': 'Προσέλευση και παρουσίες',
  'events.feed.title': 'Συνδρομή στην ατζέντα μου: {event}',
  'events.feed.lead':
    'Μια εφαρμογή ημερολογίου (Google Calendar, Outlook, Apple Calendar, Thunderbird) μπορεί να εγγραφεί στην ατζέντα σας σε μια μυστική διεύθυνση και να την κρατά ενημερωμένη. Όποιος γνωρίζει τη διεύθυνση μπορεί να διαβάσει την ατζέντα σας: κρατήστε την για τον εαυτό σας και ανακαλέστε τη αν διαρρεύσει.',
  'events.feed.none': 'Δεν έχετε ακόμη διεύθυνση συνδρομής.',
  'events.feed.exists':
    'Έχετε διεύθυνση συνδρομής, που δημιουργήθηκε στις {date}. Για την ασφάλειά σας εμφανίζεται μόνο μία φορά: ανανεώστε τη για να πάρετε νέα (η παλιά παύει να λειτουργεί).',
  'events.feed.created':
    'Η νέα σας διεύθυνση συνδρομής (εμφανίζεται μόνο τώρα· αντιγράψτε τη στην εφαρμογή ημερολογίου σας):',
  'events.feed.address': 'Διεύθυνση συνδρομής',
  'events.feed.copy': 'Αντιγραφή',
  'events.feed.copied': 'Αντιγράφηκε.',
  'events.feed.create': 'Δημιουργία διεύθυνσης συνδρομής',
  'events.feed.renew': 'Ανανέωση της διεύθυνσης',
  'events.feed.revoke': 'Ανάκληση της διεύθυνσης',
  'events.feed.revoked': 'Η διεύθυνση συνδρομής ανακλήθηκε: δεν λειτουργεί πλέον.',
  'events.feed.link': 'Συνδρομή σε εφαρμογή ημερολογίου',
} satisfies Record<keyof typeof english, string>;

addMessages('el', eventsAttendance);
