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
} satisfies Record<keyof typeof english, string>;

addMessages('de', home);
