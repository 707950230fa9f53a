import { addMessages } from '../../i18n.ts';
import type { eventsProgramme as english } from '../en/events-programme.ts';

/** Interface strings of the timetable, the session pages, the saved sessions and the ranking lists (Italian; machine-assisted, not reviewed by a native speaker). */
export const eventsProgramme = {
  'events.rank.hint':
    'Metta le {what} nell’ordine che preferisce, la migliore per prima. Ne classifichi almeno {min} e al massimo {max}, oppure nessuna.',
  'events.rank.cornerHint': 'Ascolterà {rounds} presentazioni, una per ogni turno.',
  'events.rank.what.parallel': 'sessioni',
  'events.rank.what.corner': 'presentazioni',
  'events.rank.numberHint':
    'Assegni un numero a ciascuna di quelle che desidera, 1 per la migliore, e lasci vuote le altre.',
  'events.rank.numberLabel': 'Posizione',
  'events.rank.keysHint':
    'Selezioni quelle che desidera. Riordini con i pulsanti di spostamento, con i tasti freccia su un pulsante di spostamento o trascinando la maniglia.',
  'events.rank.number': 'Posizione di {title}',
  'events.rank.include': 'Includi {title}',
  'events.rank.up': 'Sposta su: {title}',
  'events.rank.down': 'Sposta giù: {title}',
  'events.rank.drag': 'Trascina per riordinare: {title}',
  'events.rank.moved': '{title}: ora scelta {n} di {count}.',
  'events.rank.included': '{title} inclusa come scelta {n} di {count}.',
  'events.rank.excluded': '{title} esclusa dalla Sua classifica.',
  'events.rank.top': '{title} è già la prima.',
  'events.rank.bottom': '{title} è già l’ultima delle Sue scelte.',
  'events.rank.tooFew': '{point}: classifichi almeno {min} {what}, oppure nessuna (ne ha classificate {count}).',
  'events.rank.tooMany': '{point}: classifichi al massimo {max} {what} (ne ha classificate {count}).',
  'events.rank.about': 'Informazioni',
  'events.rank.noDescription': 'Il programma non fornisce una descrizione.',
  'events.rank.notRanked': 'non classificata',
  'events.rank.position': 'Scelta {n}',
  'events.tt.noRoom': 'Sala non indicata',
  'events.tt.placeNoRoom': '{venue}, sala non indicata',
  'events.tt.count': '{count} sessioni mostrate.',
  'events.tt.countOne': '1 sessione mostrata.',
  'events.tt.details': 'Dettagli',
  'events.filter.room': 'Luogo',
  'events.filter.roomNone': 'Sala non indicata',
  'events.filter.q': 'Parole',
  'events.saved.add': 'Aggiungi alla mia agenda',
  'events.saved.remove': 'Rimuovi dalla mia agenda',
  'events.saved.in': 'Nella Sua agenda',
  'events.saved.added': '{title} è stata aggiunta alla Sua agenda.',
  'events.saved.removed': '{title} è stata rimossa dalla Sua agenda.',
  'events.saved.failed': 'Non è stato possibile modificare la Sua agenda. Riprovi.',
  'events.saved.registerFirst': 'Si iscriva all’evento per aggiungere sessioni alla Sua agenda.',
  'events.saved.title': 'Sessioni che ha aggiunto',
  'events.saved.lead':
    'Le sessioni che ha aggiunto dal programma. Aggiungere una sessione non prenota un posto: i posti nelle sessioni parallele seguono le Sue scelte in ordine di preferenza.',
  'events.saved.none': 'Non ha ancora aggiunto alcuna sessione: usi «Aggiungi alla mia agenda» nel programma.',
  'events.session.breadcrumb': 'Sessione',
  'events.session.when': 'Quando',
  'events.session.where': 'Dove',
  'events.session.kind': 'Tipo',
  'events.session.sameTime': 'Alla stessa ora',
  'events.session.people': 'Persone',
} satisfies Record<keyof typeof english, string>;

addMessages('it', eventsProgramme);
