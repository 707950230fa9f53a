import { addMessages } from '../../i18n.ts';
import type { home as english } from '../en/home.ts';

/** The home page (Dutch, not yet reviewed by a native speaker). */
export const home = {
  'home.title': 'Convivio',
  'home.lead':
    'Een open bibliotheek waarin Europese steden delen hoe zij migranten en vluchtelingen verwelkomen en laten meedoen: praktijken beschreven volgens één gemeenschappelijk sjabloon, stadsprofielen en de mensen erachter.',
  'home.search.label': 'Zoeken in de bibliotheek van praktijken',
  'home.search.button': 'Zoeken',
  'home.stats': 'De bibliotheek in cijfers',
  'home.stats.practices': 'praktijken',
  'home.stats.cities': 'steden',
  'home.latestPractices': 'Nieuwste praktijken',
  'home.latestCities': 'Stadsprofielen',
  'home.allPractices': 'Alle praktijken',
  'home.allCities': 'Alle steden',
  'home.what': 'Wat u hier kunt doen',
  'home.what.find':
    'Praktijken vinden op thema, doelgroep, land of typologie, en ze lezen in het MUST-a-Lab-sjabloon: resultaten, uitdagingen, aanbevelingen en geleerde lessen.',
  'home.what.compare':
    'Stadsprofielen naast elkaar vergelijken: bevolking, aandeel migranten, strategie en participatieve aanpak.',
  'home.what.share': 'Stadsredacteuren publiceren hun eigen praktijken en houden het profiel van hun stad actueel.',
} satisfies Record<keyof typeof english, string>;

addMessages('nl', home);
