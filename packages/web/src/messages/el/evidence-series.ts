import { addMessages } from '../../i18n.ts';
import type { evidenceSeries as english } from '../en/evidence-series.ts';

/** Evidence over time: years of a grid, series of runs and their changes (Greek, not yet reviewed by a native speaker). */
export const evidenceSeries = {
  'evidence.mapping.year': 'Στήλη του έτους (όταν το αρχείο έχει μία γραμμή ανά κελί και έτος)',
  'evidence.mapping.noYear': 'Καμία: το αρχείο περιέχει ένα μόνο έτος',
  'evidence.options.year': 'Έτος αυτού του υπολογισμού',
  'evidence.options.yearHint':
    'Με στήλη έτους: το έτος που θα διαβαστεί. Χωρίς αυτήν: το έτος που περιγράφει το πλέγμα, ώστε να μπορούν να συγκριθούν υπολογισμοί διαφορετικών ετών.',
  'evidence.runs.year': 'έτος {year}',

  'evidence.series.title': 'Μεταβολή στον χρόνο',
  'evidence.series.intro':
    'Συγκρίνετε υπολογισμούς για τον ίδιο τόπο σε διαφορετικά έτη: κάθε δείκτη ανά έτος, τη μεταβολή από έτος σε έτος και αν είναι μεγαλύτερη από όση θα έδινε η τύχη.',
  'evidence.series.none': 'Δεν υπάρχει ακόμη σειρά.',
  'evidence.series.listCaption': 'Σειρές ετών',
  'evidence.series.name': 'Όνομα της σειράς',
  'evidence.series.yearsCol': 'Έτη',
  'evidence.series.status': 'Κατάσταση',
  'evidence.series.created': 'Δημιουργήθηκε',
  'evidence.series.createTitle': 'Σύγκριση ετών',
  'evidence.series.runs': 'Υπολογισμοί προς σύγκριση (ένας ανά έτος, τουλάχιστον δύο)',
  'evidence.series.runLabel': '{year}: {dataset}, υπολογισμός της {created}',
  'evidence.series.noYearRuns':
    'Για να συγκρίνετε έτη, ξεκινήστε τουλάχιστον δύο υπολογισμούς με έτος (το πεδίο «Έτος αυτού του υπολογισμού» στη φόρμα υπολογισμού ενός συνόλου δεδομένων).',
  'evidence.series.permutations': 'Μεταθέσεις για τις τιμές p (από 19 έως 9.999)',
  'evidence.series.seed': 'Σπόρος των μεταθέσεων',
  'evidence.series.public': 'Δημόσια (μόνο όταν όλοι οι υπολογισμοί της είναι δημόσιοι)',
  'evidence.series.start': 'Σύγκριση αυτών των ετών',
  'evidence.series.breadcrumb': 'Βρίσκεστε εδώ',
  'evidence.series.meta': '{years} · {owner}',
  'evidence.series.running': 'Οι μεταβολές ελέγχονται ({percent} %). Ανανεώστε τη σελίδα για να τις δείτε.',
  'evidence.series.reload': 'Ανανέωση',
  'evidence.series.failed': 'Η σύγκριση απέτυχε: {message}',
  'evidence.series.method':
    'Κάθε μεταβολή είναι το μεταγενέστερο έτος μείον το προγενέστερο. Η τιμή p προκύπτει από {permutations} μεταθέσεις τυχαίων ετικετών (σπόρος {seed}): τα κελιά των δύο ετών συγκεντρώνονται και μοιράζονται ξανά τυχαία, και η μεταβολή υπολογίζεται εκ νέου κάθε φορά.',
  'evidence.series.choose': 'Περιοχή και δείκτης',
  'evidence.series.area': 'Περιοχή',
  'evidence.series.index': 'Δείκτης για το διάγραμμα',
  'evidence.series.show': 'Εμφάνιση',
  'evidence.series.tableCaption': 'Οι δείκτες της περιοχής {area} ανά έτος και η μεταβολή τους',
  'evidence.series.indexCol': 'Δείκτης',
  'evidence.series.change': 'Μεταβολή {from} → {to}',
  'evidence.series.pValue': 'Τιμή p',
  'evidence.series.significant': 'στατιστικά σημαντική σε επίπεδο 5 %',
  'evidence.series.interval': 'διάστημα {low} – {high}',
  'evidence.series.chartTitle': '{index} στην περιοχή {area}, ανά έτος',
  'evidence.series.chartDesc':
    'Ένα σημείο ανά έτος· μια κατακόρυφη ράβδος δείχνει το διάστημα 95 % όπου ο υπολογισμός έκανε bootstrap.',
  'evidence.series.noValues': 'Κανένα έτος δεν έχει τιμή για αυτόν τον δείκτη σε αυτή την περιοχή.',
  'evidence.series.mapTitle': 'Χάρτης μεταβολής',
  'evidence.series.mapIntro':
    'Κάθε κελί δείχνει το μεταγενέστερο έτος μείον το προγενέστερο: μπλε όπου η τιμή μειώθηκε, κόκκινο όπου αυξήθηκε, λευκό όπου έμεινε σταθερή.',
  'evidence.series.from': 'Από',
  'evidence.series.to': 'Έως',
  'evidence.series.delete': 'Διαγραφή αυτής της σειράς',
  'evidence.series.deleted': 'Η σειρά διαγράφηκε· οι υπολογισμοί της παραμένουν.',
} satisfies Record<keyof typeof english, string>;

addMessages('el', evidenceSeries);
