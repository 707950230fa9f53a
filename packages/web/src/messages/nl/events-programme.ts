import { addMessages } from '../../i18n.ts';
import type { eventsProgramme as english } from '../en/events-programme.ts';

/** Interface strings of the timetable, the session pages, the saved sessions and the ranking lists (Dutch; machine-assisted, not reviewed by a native speaker). */
export const eventsProgramme = {
  'events.rank.hint':
    'Zet de {what} in de volgorde van uw voorkeur, de beste eerst. Rangschik er ten minste {min} en hoogstens {max}, of geen.',
  'events.rank.cornerHint': 'U hoort {rounds} presentaties, één in elke ronde.',
  'events.rank.what.parallel': 'sessies',
  'events.rank.what.corner': 'presentaties',
  'events.rank.numberHint': 'Geef elke keuze die u wilt een nummer, 1 voor de beste, en laat de andere leeg.',
  'events.rank.numberLabel': 'Rang',
  'events.rank.keysHint':
    'Vink aan wat u wilt. Wijzig de volgorde met de verplaatsknoppen, met de pijltoetsen op een verplaatsknop of door de greep te slepen.',
  'events.rank.number': 'Rang van {title}',
  'events.rank.include': '{title} opnemen',
  'events.rank.up': 'Omhoog: {title}',
  'events.rank.down': 'Omlaag: {title}',
  'events.rank.drag': 'Slepen om te herschikken: {title}',
  'events.rank.moved': '{title}: nu keuze {n} van {count}.',
  'events.rank.included': '{title} opgenomen als keuze {n} van {count}.',
  'events.rank.excluded': '{title} uit uw rangschikking gehaald.',
  'events.rank.top': '{title} staat al bovenaan.',
  'events.rank.bottom': '{title} is al de laatste van uw keuzes.',
  'events.rank.tooFew': '{point}: rangschik ten minste {min} {what}, of geen (u hebt er {count} gerangschikt).',
  'events.rank.tooMany': '{point}: rangschik hoogstens {max} {what} (u hebt er {count} gerangschikt).',
  'events.rank.about': 'Hierover',
  'events.rank.noDescription': 'Het programma geeft geen beschrijving.',
  'events.rank.notRanked': 'niet gerangschikt',
  'events.rank.position': 'Keuze {n}',
  'events.tt.noRoom': 'Zaal niet vermeld',
  'events.tt.placeNoRoom': '{venue}, zaal niet vermeld',
  'events.tt.count': '{count} sessies getoond.',
  'events.tt.countOne': '1 sessie getoond.',
  'events.tt.details': 'Details',
  'events.filter.room': 'Plaats',
  'events.filter.roomNone': 'Zaal niet vermeld',
  'events.filter.q': 'Woorden',
  'events.saved.add': 'Aan mijn agenda toevoegen',
  'events.saved.remove': 'Uit mijn agenda verwijderen',
  'events.saved.in': 'In uw agenda',
  'events.saved.added': '{title} is aan uw agenda toegevoegd.',
  'events.saved.removed': '{title} is uit uw agenda verwijderd.',
  'events.saved.failed': 'Uw agenda kon niet worden gewijzigd. Probeer het opnieuw.',
  'events.saved.registerFirst': 'Schrijf u in voor het evenement om sessies aan uw agenda toe te voegen.',
  'events.saved.title': 'Sessies die u hebt toegevoegd',
  'events.saved.lead':
    'De sessies die u vanuit het programma hebt toegevoegd. Een sessie toevoegen reserveert geen plaats: plaatsen in parallelle sessies volgen uw gerangschikte keuzes.',
  'events.saved.none': 'U hebt nog geen sessie toegevoegd: gebruik „Aan mijn agenda toevoegen” in het programma.',
  'events.session.breadcrumb': 'Sessie',
  'events.session.when': 'Wanneer',
  'events.session.where': 'Waar',
  'events.session.kind': 'Soort',
  'events.session.sameTime': 'Op hetzelfde moment',
  'events.session.people': 'Mensen',
} satisfies Record<keyof typeof english, string>;

addMessages('nl', eventsProgramme);
