import { addMessages } from '../../i18n.ts';
import type { home as english } from '../en/home.ts';

/** The home page (German, not yet reviewed by a native speaker). */
export const home = {
  'home.title': 'Convivio',
  'home.lead':
    'Eine offene Bibliothek, in der europäische Städte teilen, wie sie Migrantinnen, Migranten und Geflüchtete aufnehmen und einbeziehen: Praxisbeispiele nach einer gemeinsamen Vorlage beschrieben, Städteprofile und die Menschen dahinter.',
  'home.search.label': 'Die Bibliothek der Praxisbeispiele durchsuchen',
  'home.search.button': 'Suchen',
  'home.stats': 'Die Bibliothek in Zahlen',
  'home.stats.practices': 'Praxisbeispiele',
  'home.stats.cities': 'Städte',
  'home.latestPractices': 'Neueste Praxisbeispiele',
  'home.latestCities': 'Städteprofile',
  'home.allPractices': 'Alle Praxisbeispiele',
  'home.allCities': 'Alle Städte',
  'home.what': 'Was Sie hier tun können',
  'home.what.find':
    'Praxisbeispiele nach Thema, Zielgruppe, Land oder Typologie finden und in der MUST-a-Lab-Vorlage lesen: Ergebnisse, Herausforderungen, Empfehlungen und Lehren.',
  'home.what.compare':
    'Städteprofile nebeneinander vergleichen: Bevölkerung, Anteil der Migrantinnen und Migranten, Strategie und Beteiligungsansatz.',
  'home.what.share':
    'Die Stadtredaktionen veröffentlichen ihre eigenen Praxisbeispiele und halten das Profil ihrer Stadt aktuell.',
  'home.map': 'Das Netzwerk auf einer Karte',
  'home.map.skip': 'Karte überspringen und zur Übersicht der Plattform',
  'home.map.explore':
    'Erkunden Sie das Netzwerk: Filtern Sie die Karte nach Thema, Typologie oder Zielgruppe oder lesen Sie sie als Liste',
  'home.stats.events': 'Veranstaltungen',
  'home.stats.evidence': 'Indikatorberechnungen',
  'home.stats.labs': 'Policy Labs',
  'home.stats.signatories': 'Unterzeichnerstädte',
  'home.cities.text': 'Profile mit Bevölkerung, Migrantenanteil, Strategie und partizipativem Ansatz.',
  'home.events.next': 'Nächste:',
  'home.events.latest': 'Neueste:',
  'home.events.dates': '{start} bis {end}',
  'home.events.none': 'Noch keine Veranstaltung veröffentlicht.',
  'home.evidence.text':
    'Konzentration von Migrantinnen und Migranten, Diversität und Segregation, berechnet aus gerasterten Bevölkerungszahlen, nach Gebiet gereiht und kartiert.',
  'home.labs.text': 'Policy Labs in {cities} Städten, Phase für Phase: Sitzungen, Mikroexperimente und Empfehlungen.',
  'home.charter': 'Charta der integrierenden Städte',
  'home.charter.text': '{commitments} Verpflichtungen und der Stand jeder Unterzeichnerstadt bei jeder davon.',
  'home.charter.none': 'Die Charta ist noch nicht veröffentlicht.',
} satisfies Record<keyof typeof english, string>;

addMessages('de', home);
