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
} as const;

addMessages('en', home);
