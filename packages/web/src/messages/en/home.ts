import { addMessages } from '../../i18n.ts';

/** The home page (English). */
export const home = {
  'home.title': 'Convivio',
  'home.lead':
    'An open library where European cities share how they welcome and include migrants and refugees: practices described in one common template, city profiles, and the people behind them.',
  'home.search.label': 'Search the practice library',
  'home.search.button': 'Search',
  'home.stats': 'The library in figures',
  'home.stats.practices': 'practices',
  'home.stats.cities': 'cities',
  'home.latestPractices': 'Latest practices',
  'home.latestCities': 'City profiles',
  'home.allPractices': 'All practices',
  'home.allCities': 'All cities',
  'home.what': 'What you can do here',
  'home.what.find':
    'Find practices by theme, target group, country or typology, and read them in the MUST-a-Lab template: results, challenges, recommendations and lessons learned.',
  'home.what.compare':
    'Compare city profiles side by side: population, migrant share, strategy and participatory approach.',
  'home.what.share': 'City editors publish their own practices and keep their city profile up to date.',
  'home.map': 'The network on a map',
  'home.map.skip': 'Skip the map to the overview of the platform',
  'home.map.explore': 'Explore the network: filter the map by theme, typology or target group, or read it as a list',
  'home.stats.events': 'events',
  'home.stats.evidence': 'indicator runs',
  'home.stats.labs': 'policy labs',
  'home.stats.signatories': 'signatory cities',
  'home.cities.text': 'Profiles with population, migrant share, strategy and participatory approach.',
  'home.events.next': 'Next:',
  'home.events.latest': 'Latest:',
  'home.events.dates': '{start} to {end}',
  'home.events.none': 'No event is published yet.',
  'home.evidence.text':
    'Migrant concentration, diversity and segregation computed from gridded population counts, ranked by area and mapped.',
  'home.labs.text': 'Policy labs in {cities} cities, phase by phase: sessions, micro-experiments and recommendations.',
  'home.charter': 'Integrating Cities Charter',
  'home.charter.text': '{commitments} commitments, and where each signatory city stands on them.',
  'home.charter.none': 'The charter is not published yet.',
} as const;

addMessages('en', home);
