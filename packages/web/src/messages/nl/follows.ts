import { addMessages } from '../../i18n.ts';
import type { follows as english } from '../en/follows.ts';

/** Interface strings of a person's follows and their digest (Dutch; machine-assisted, not reviewed by a native speaker). */
export const follows = {
  'follows.title': 'Wat ik volg',
  'follows.lead': 'Volg steden, thema’s en uitdagingen, en lees hier wat er sinds uw laatste bezoek is veranderd.',
  'follows.follow': '{name} volgen',
  'follows.unfollow': '{name} niet meer volgen',
  'follows.following': 'U volgt {name}.',
  'follows.none': 'U volgt nog niets.',
  'follows.kind.city': 'Stad',
  'follows.kind.theme': 'Thema',
  'follows.kind.challenge': 'Uitdaging',
  'follows.add': 'Een thema of uitdaging volgen',
  'follows.what': 'Wat volgen',
  'follows.digest': 'Wat er sinds {date} is veranderd',
  'follows.nothingNew': 'Sindsdien niets nieuws in wat u volgt.',
  'follows.practiceNew': 'Nieuwe praktijk: {name}',
  'follows.practiceUpdated': 'Bijgewerkte praktijk: {name}',
  'follows.assessment': 'Beoordeling van het handvest in {cycle}: {commitment}, {status}',
  'follows.eventNew': 'Nieuw evenement: {name}, {date}',
  'follows.eventRegistration': 'Inschrijving geopend: {name}, {date}',
  'follows.evidenceRun': 'Nieuwe indicatorresultaten: {name}',
  'follows.markRead': 'Als gelezen markeren',
  'follows.email': 'Het overzicht per e-mail',
  'follows.frequency.off': 'Nooit',
  'follows.frequency.weekly': 'Wekelijks',
  'follows.saveEmail': 'Opslaan',
  'follows.saved': 'Opgeslagen.',
  'themes.title': 'Thema’s',
  'themes.lead':
    'De thema’s van de praktijkbibliotheek: open er een om de praktijken, de actieve steden en de uitdagingen te zien en het te volgen.',
  'themes.caption': 'Praktijkthema’s met hun gepubliceerde praktijken en uitdagingen',
  'themes.theme': 'Thema',
  'themes.practices': 'Praktijken',
  'themes.challenges': 'Uitdagingen',
  'themes.practicesOf': 'Praktijken ({count})',
  'themes.search': 'Zoek de praktijken van dit thema',
  'themes.noPractices': 'Nog geen gepubliceerde praktijk over dit thema.',
  'themes.cities': 'Steden actief in dit thema',
  'themes.cityPractices': '{count, plural, one {# praktijk} other {# praktijken}}',
  'themes.noCities': 'Nog geen stad heeft een gepubliceerde praktijk over dit thema.',
  'themes.noChallenges': 'Geen uitdaging van de taxonomie noemt dit thema.',
} satisfies Record<keyof typeof english, string>;

addMessages('nl', follows);
