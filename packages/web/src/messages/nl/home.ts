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
  'home.map': 'Het netwerk op een kaart',
  'home.map.skip': 'Kaart overslaan en naar het overzicht van het platform gaan',
  'home.map.explore': 'Verken het netwerk: filter de kaart op thema, typologie of doelgroep, of bekijk haar als lijst',
  'home.stats.events': 'evenementen',
  'home.stats.evidence': 'indicatorberekeningen',
  'home.stats.labs': 'beleidslabs',
  'home.stats.signatories': 'ondertekenende steden',
  'home.cities.text': 'Profielen met bevolking, aandeel migranten, strategie en participatieve aanpak.',
  'home.events.next': 'Volgende:',
  'home.events.latest': 'Laatste:',
  'home.events.dates': '{start} tot {end}',
  'home.events.none': 'Er is nog geen evenement gepubliceerd.',
  'home.evidence.text':
    'Concentratie van migranten, diversiteit en segregatie berekend uit bevolkingsaantallen per rastercel, gerangschikt per gebied en in kaart gebracht.',
  'home.labs.text': 'Beleidslabs in {cities} steden, fase per fase: sessies, micro-experimenten en aanbevelingen.',
  'home.charter': 'Charter van integrerende steden',
  'home.charter.text': '{commitments} verbintenissen, en waar elke ondertekenende stad daarin staat.',
  'home.charter.none': 'Het charter is nog niet gepubliceerd.',
} satisfies Record<keyof typeof english, string>;

addMessages('nl', home);
