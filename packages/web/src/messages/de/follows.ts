import { addMessages } from '../../i18n.ts';
import type { follows as english } from '../en/follows.ts';

/** Interface strings of a person's follows and their digest (German; machine-assisted, not reviewed by a native speaker). */
export const follows = {
  'follows.title': 'Was ich verfolge',
  'follows.lead':
    'Verfolgen Sie Städte, Themen und Herausforderungen und lesen Sie hier, was sich seit Ihrem letzten Besuch geändert hat.',
  'follows.follow': '{name} folgen',
  'follows.unfollow': '{name} nicht mehr folgen',
  'follows.following': 'Sie folgen {name}.',
  'follows.none': 'Sie folgen noch nichts.',
  'follows.kind.city': 'Stadt',
  'follows.kind.theme': 'Thema',
  'follows.kind.challenge': 'Herausforderung',
  'follows.add': 'Einem Thema oder einer Herausforderung folgen',
  'follows.what': 'Was verfolgen',
  'follows.digest': 'Was sich seit dem {date} geändert hat',
  'follows.nothingNew': 'Seitdem nichts Neues in dem, was Sie verfolgen.',
  'follows.practiceNew': 'Neue Praktik: {name}',
  'follows.practiceUpdated': 'Aktualisierte Praktik: {name}',
  'follows.assessment': 'Charta-Bewertung in {cycle}: {commitment}, {status}',
  'follows.eventNew': 'Neue Veranstaltung: {name}, {date}',
  'follows.eventRegistration': 'Anmeldung geöffnet: {name}, {date}',
  'follows.evidenceRun': 'Neue Indikatorergebnisse: {name}',
  'follows.markRead': 'Als gelesen markieren',
  'follows.email': 'Die Zusammenfassung per E-Mail',
  'follows.frequency.off': 'Nie',
  'follows.frequency.weekly': 'Wöchentlich',
  'follows.saveEmail': 'Speichern',
  'follows.saved': 'Gespeichert.',
  'themes.title': 'Themen',
  'themes.lead':
    'Die Themen der Praxisbibliothek: Öffnen Sie eines, um seine Praktiken, die aktiven Städte und seine Herausforderungen zu sehen und ihm zu folgen.',
  'themes.caption': 'Praxisthemen mit ihren veröffentlichten Praktiken und Herausforderungen',
  'themes.theme': 'Thema',
  'themes.practices': 'Praktiken',
  'themes.challenges': 'Herausforderungen',
  'themes.practicesOf': 'Praktiken ({count})',
  'themes.search': 'Die Praktiken dieses Themas durchsuchen',
  'themes.noPractices': 'Noch keine veröffentlichte Praktik zu diesem Thema.',
  'themes.cities': 'In diesem Thema aktive Städte',
  'themes.cityPractices': '{count, plural, one {# Praktik} other {# Praktiken}}',
  'themes.noCities': 'Noch keine Stadt hat eine veröffentlichte Praktik zu diesem Thema.',
  'themes.noChallenges': 'Keine Herausforderung der Taxonomie nennt dieses Thema.',
} satisfies Record<keyof typeof english, string>;

addMessages('de', follows);
