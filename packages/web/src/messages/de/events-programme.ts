import { addMessages } from '../../i18n.ts';
import type { eventsProgramme as english } from '../en/events-programme.ts';

/** Interface strings of the timetable, the session pages, the saved sessions and the ranking lists (German; machine-assisted, not reviewed by a native speaker). */
export const eventsProgramme = {
  'events.rank.hint':
    'Bringen Sie die {what} in Ihre bevorzugte Reihenfolge, die beste zuerst. Reihen Sie mindestens {min} und höchstens {max} oder keine.',
  'events.rank.cornerHint': 'Sie hören {rounds} Präsentationen, eine in jeder Runde.',
  'events.rank.what.parallel': 'Programmpunkte',
  'events.rank.what.corner': 'Präsentationen',
  'events.rank.numberHint':
    'Geben Sie jedem gewünschten Eintrag eine Zahl, 1 für den besten, und lassen Sie die anderen leer.',
  'events.rank.numberLabel': 'Rang',
  'events.rank.keysHint':
    'Kreuzen Sie die gewünschten an. Ändern Sie die Reihenfolge mit den Verschiebe-Schaltflächen, mit den Pfeiltasten auf einer Verschiebe-Schaltfläche oder durch Ziehen am Griff.',
  'events.rank.number': 'Rang von {title}',
  'events.rank.include': '{title} aufnehmen',
  'events.rank.up': 'Nach oben: {title}',
  'events.rank.down': 'Nach unten: {title}',
  'events.rank.drag': 'Zum Umsortieren ziehen: {title}',
  'events.rank.moved': '{title}: jetzt Wahl {n} von {count}.',
  'events.rank.included': '{title} als Wahl {n} von {count} aufgenommen.',
  'events.rank.excluded': '{title} aus Ihrer Rangfolge entfernt.',
  'events.rank.top': '{title} steht bereits an erster Stelle.',
  'events.rank.bottom': '{title} ist bereits die letzte Ihrer Wahlen.',
  'events.rank.tooFew': '{point}: Reihen Sie mindestens {min} {what} oder keine (Sie haben {count} gereiht).',
  'events.rank.tooMany': '{point}: Reihen Sie höchstens {max} {what} (Sie haben {count} gereiht).',
  'events.rank.about': 'Darum geht es',
  'events.rank.noDescription': 'Das Programm enthält keine Beschreibung.',
  'events.rank.notRanked': 'nicht gereiht',
  'events.rank.position': 'Wahl {n}',
  'events.tt.noRoom': 'Raum nicht angegeben',
  'events.tt.placeNoRoom': '{venue}, Raum nicht angegeben',
  'events.tt.count': '{count} Programmpunkte angezeigt.',
  'events.tt.countOne': '1 Programmpunkt angezeigt.',
  'events.tt.details': 'Details',
  'events.filter.room': 'Ort',
  'events.filter.roomNone': 'Raum nicht angegeben',
  'events.filter.q': 'Wörter',
  'events.saved.add': 'Zu meinem Terminplan hinzufügen',
  'events.saved.remove': 'Aus meinem Terminplan entfernen',
  'events.saved.in': 'In Ihrem Terminplan',
  'events.saved.added': '{title} wurde Ihrem Terminplan hinzugefügt.',
  'events.saved.removed': '{title} wurde aus Ihrem Terminplan entfernt.',
  'events.saved.failed': 'Ihr Terminplan konnte nicht geändert werden. Versuchen Sie es erneut.',
  'events.saved.registerFirst':
    'Melden Sie sich zur Veranstaltung an, um Programmpunkte zu Ihrem Terminplan hinzuzufügen.',
  'events.saved.title': 'Von Ihnen hinzugefügte Programmpunkte',
  'events.saved.lead':
    'Die Programmpunkte, die Sie aus dem Programm hinzugefügt haben. Das Hinzufügen reserviert keinen Platz: Plätze in parallelen Programmpunkten richten sich nach Ihrer Rangfolge.',
  'events.saved.none':
    'Sie haben noch keinen Programmpunkt hinzugefügt: Nutzen Sie „Zu meinem Terminplan hinzufügen“ im Programm.',
  'events.session.breadcrumb': 'Programmpunkt',
  'events.session.when': 'Wann',
  'events.session.where': 'Wo',
  'events.session.kind': 'Art',
  'events.session.sameTime': 'Zur gleichen Zeit',
  'events.session.people': 'Mitwirkende',
} satisfies Record<keyof typeof english, string>;

addMessages('de', eventsProgramme);
