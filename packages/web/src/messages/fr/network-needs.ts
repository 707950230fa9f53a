import { addMessages } from '../../i18n.ts';
import type { networkNeeds as english } from '../en/network-needs.ts';

/** Interface strings of the learning network: challenges, a city's needs, similar cities, gaps (French, not yet reviewed by a native speaker). */
export const networkNeeds = {
  'network.challenges.title': 'Défis de l’intégration',
  'network.challenges.lead':
    'Une liste unique des défis que rencontrent les villes dans l’intégration des personnes migrantes et réfugiées, tirée des sources. Les pratiques sont associées aux défis qu’elles traitent et les villes à ceux auxquels elles font face.',
  'network.challenges.none': 'Aucune liste de défis n’a encore été importée.',
  'network.challenges.caption': 'Défis, pratiques qui les traitent et villes qui y font face',
  'network.challenges.name': 'Défi',
  'network.challenges.origin': 'Origine',
  'network.challenges.practices': 'Pratiques',
  'network.challenges.cities': 'Villes',
  'network.challenges.sources': 'Sources',
  'network.origin.common-challenge': 'Défi commun des villes MUST-a-Lab',
  'network.origin.cities-grow-area': 'Domaine de mentorat CITIES GROW',
  'network.origin.action-plan-area': 'Domaine du plan d’action de l’UE en faveur de l’intégration et de l’inclusion',
  'network.origin.challenges-addressed': 'Cité parmi les défis traités par des pratiques',
  'network.source': '{document}, {section}',
  'network.gapsLink': 'Où le réseau présente des lacunes',
  'network.priority.high': 'Priorité élevée',
  'network.priority.medium': 'Priorité moyenne',
  'network.priority.low': 'Priorité faible',
  'network.priorityShort.high': 'élevée',
  'network.priorityShort.medium': 'moyenne',
  'network.priorityShort.low': 'faible',
  'network.and': ' et ',
  'network.listSeparator': ', ',

  'network.needs.title': 'Les besoins de {city} et qui y a répondu',
  'network.needs.lead':
    'Pour chaque défi auquel {city} fait face, du plus urgent au moins urgent : les pratiques d’autres villes qui le traitent, classées avec leurs raisons, et les villes qui y ont aussi fait face.',
  'network.needs.notEnough':
    'Données insuffisantes : les défis auxquels {city} fait face n’ont pas encore été renseignés.',
  'network.needs.nameThem': 'Renseigner les défis de cette ville',
  'network.needs.practices': 'Pratiques d’autres villes',
  'network.needs.noPractices': 'Aucune pratique d’une autre ville ne traite encore ce défi.',
  'network.needs.score': 'correspondance {score}',
  'network.needs.match.challenge': 'traite ce défi',
  'network.needs.match.theme': 'porte sur un thème apparenté',
  'network.needs.cities': 'Villes qui y ont fait face',
  'network.needs.noCities': 'Aucune autre ville n’est enregistrée comme y faisant face.',
  'network.needs.cityFaces': '{priority} pour elle',
  'network.needs.cityPractices': 'pratiques qui le traitent : {count}',
  'network.needs.mentors': 'Mentors',
  'network.needs.noMentors': 'Aucune offre de mentorat pour l’instant.',
  'network.needs.edit': 'Modifier les défis de cette ville',
  'network.needs.similar': 'Villes comparables à {city}',
  'network.needs.basis': 'Source : {basis}',

  'network.reason.sameChallenge': 'traite {challenge}',
  'network.reason.sameTheme': 'porte sur {list}, en lien avec ce défi',
  'network.reason.sameTargetGroup': 's’adresse aux mêmes personnes : {list}',
  'network.reason.comparableSize': '{city} est de taille comparable (≈ {population} habitants)',
  'network.reason.resultsAgainstTarget': 'a atteint {percent} % de ses objectifs (indicateurs : {indicators})',
  'network.reason.bothSize': 'toutes deux ≈ {population} habitants',
  'network.reason.sizes': '≈ {a} et ≈ {b} habitants',
  'network.reason.shares': 'part de personnes migrantes de {a} % et {b} %',
  'network.reason.bothFace': 'toutes deux font face à {list}',
  'network.reason.bothThemes': 'toutes deux ont des pratiques sur {list}',

  'network.similar.title': 'Villes comparables',
  'network.similar.lead':
    'Villes classées selon leur ressemblance en taille de population, part de personnes migrantes, défis rencontrés et thèmes de leurs pratiques, d’après ce que l’on sait des deux villes.',
  'network.similar.notEnough':
    'Données insuffisantes pour comparer : {known} caractéristiques sur {total} sont connues pour cette ville (il en faut au moins {min}).',
  'network.similar.none': 'Aucune autre ville n’a assez de données pour la comparaison.',
  'network.similar.basedOn': 'sur la base de {known} caractéristiques sur {total}',
  'network.similar.score': 'similarité {score}',
  'network.similar.notComparable': 'Autres villes dont les données sont trop rares pour comparer : {count}.',
  'network.feature.population': 'population',
  'network.feature.migrantShare': 'part de personnes migrantes',
  'network.feature.challenges': 'défis',
  'network.feature.themes': 'thèmes des pratiques',

  'network.city.section': 'Défis et apprentissage',
  'network.city.faces': '{city} fait face à :',
  'network.city.noChallenges': 'Les défis auxquels {city} fait face n’ont pas encore été renseignés.',
  'network.city.needsLink': 'Les besoins de {city} et qui y a répondu',
  'network.city.allChallenges': 'Tous les défis de l’intégration',

  'network.edit.title': 'Défis de {city}',
  'network.edit.lead':
    'Indiquez les défis auxquels {city} fait face et leur degré d’urgence, et associez aux pratiques de la ville les défis qu’elles traitent.',
  'network.edit.cityForm': 'Défis auxquels la ville fait face',
  'network.edit.priorityOf': 'Priorité de « {challenge} »',
  'network.edit.notFaced': 'Non concernée',
  'network.edit.saveCity': 'Enregistrer les défis de la ville',
  'network.edit.practices': 'Pratiques de la ville',
  'network.edit.noPractices': 'La ville n’a encore aucune pratique dans la bibliothèque.',
  'network.edit.practiceLegend': 'Défis traités par « {practice} »',
  'network.edit.savePractice': 'Enregistrer les défis de « {practice} »',
  'network.edit.saved': 'Enregistré.',
  'network.edit.readOnly': 'Seuls les éditeurs de la ville et les administrateurs peuvent modifier ces informations.',

  'network.gaps.title': 'Lacunes du réseau',
  'network.gaps.lead':
    'Calculées à partir des données : ce que beaucoup de villes rencontrent et que peu de pratiques traitent, les domaines de parties prenantes absents des cartographies, et les engagements de la charte sur lesquels personne ne signale de progrès.',
  'network.gaps.challenges': 'Défis que beaucoup de villes rencontrent et que peu de pratiques traitent',
  'network.gaps.challengesRule':
    'Nombre de villes concernées : au moins {many} ; nombre de pratiques qui les traitent : au plus {few}.',
  'network.gaps.noChallenges':
    'Aucun défi n’est rencontré par beaucoup de villes tout en étant traité par peu de pratiques.',
  'network.gaps.citiesFacing': 'Villes qui y font face',
  'network.gaps.practicesAddressing': 'Pratiques qui le traitent',
  'network.gaps.areas': 'Domaines de parties prenantes absents des cartographies',
  'network.gaps.areasRule':
    'Parmi les villes disposant d’une cartographie des parties prenantes, celles qui n’ont aucune partie prenante dans ce domaine.',
  'network.gaps.noAreas': 'Chaque cartographie des parties prenantes couvre tous les domaines.',
  'network.gaps.noMaps': 'Aucune ville n’a encore de cartographie des parties prenantes.',
  'network.gaps.area': 'Domaine',
  'network.gaps.mapsWithout': 'Cartographies sans ce domaine',
  'network.gaps.uncovered': 'aucune cartographie ne le couvre',
  'network.gaps.commitments': 'Engagements de la charte sur lesquels personne ne signale de progrès',
  'network.gaps.commitmentsRule': 'Aucune ville ne les indique comme en cours ou réalisés.',
  'network.gaps.noCommitments': 'Pour chaque engagement, au moins une ville signale des progrès.',
  'network.gaps.noCharter': 'La charte n’a pas encore été importée.',
  'network.gaps.planned': 'villes qui le prévoient : {count}',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', networkNeeds);
