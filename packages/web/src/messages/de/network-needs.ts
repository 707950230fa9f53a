import { addMessages } from '../../i18n.ts';
import type { networkNeeds as english } from '../en/network-needs.ts';

/** Interface strings of the learning network: challenges, a city's needs, similar cities, gaps (German, not yet reviewed by a native speaker). */
export const networkNeeds = {
  'network.challenges.title': 'Herausforderungen der Integration',
  'network.challenges.lead':
    'Eine gemeinsame Liste der Herausforderungen, vor denen Städte bei der Integration von Migrantinnen, Migranten und Geflüchteten stehen, entnommen aus den Quellen. Praktiken sind mit den Herausforderungen verknüpft, die sie behandeln, Städte mit denen, vor denen sie stehen.',
  'network.challenges.none': 'Es wurde noch keine Liste von Herausforderungen importiert.',
  'network.challenges.caption':
    'Herausforderungen, die Praktiken, die sie behandeln, und die Städte, die vor ihnen stehen',
  'network.challenges.name': 'Herausforderung',
  'network.challenges.origin': 'Herkunft',
  'network.challenges.practices': 'Praktiken',
  'network.challenges.cities': 'Städte',
  'network.challenges.sources': 'Quellen',
  'network.origin.common-challenge': 'Gemeinsame Herausforderung der MUST-a-Lab-Städte',
  'network.origin.cities-grow-area': 'Mentoring-Bereich von CITIES GROW',
  'network.origin.action-plan-area': 'Bereich des EU-Aktionsplans für Integration und Inklusion',
  'network.origin.challenges-addressed': 'Unter den behandelten Herausforderungen von Praktiken genannt',
  'network.source': '{document}, {section}',
  'network.gapsLink': 'Wo das Netzwerk Lücken hat',
  'network.priority.high': 'Hohe Priorität',
  'network.priority.medium': 'Mittlere Priorität',
  'network.priority.low': 'Niedrige Priorität',
  'network.priorityShort.high': 'hoch',
  'network.priorityShort.medium': 'mittel',
  'network.priorityShort.low': 'niedrig',
  'network.and': ' und ',
  'network.listSeparator': ', ',

  'network.needs.title': 'Was {city} braucht und wer darauf geantwortet hat',
  'network.needs.lead':
    'Für jede Herausforderung, vor der {city} steht, die dringendste zuerst: Praktiken anderer Städte, die sie behandeln, mit Begründung gereiht, und die Städte, die ebenfalls vor ihr standen.',
  'network.needs.notEnough':
    'Nicht genügend Daten: Die Herausforderungen, vor denen {city} steht, wurden noch nicht benannt.',
  'network.needs.nameThem': 'Die Herausforderungen dieser Stadt benennen',
  'network.needs.practices': 'Praktiken anderer Städte',
  'network.needs.noPractices': 'Noch keine Praktik einer anderen Stadt behandelt diese Herausforderung.',
  'network.needs.score': 'Übereinstimmung {score}',
  'network.needs.match.challenge': 'behandelt diese Herausforderung',
  'network.needs.match.theme': 'arbeitet zu einem verwandten Thema',
  'network.needs.cities': 'Städte, die vor ihr standen',
  'network.needs.noCities': 'Keine andere Stadt ist mit dieser Herausforderung erfasst.',
  'network.needs.cityFaces': '{priority} für diese Stadt',
  'network.needs.cityPractices': 'Praktiken dazu: {count}',
  'network.needs.mentors': 'Mentoren',
  'network.needs.noMentors': 'Noch keine Mentoring-Angebote.',
  'network.needs.edit': 'Die Herausforderungen dieser Stadt bearbeiten',
  'network.needs.similar': 'Städte wie {city}',
  'network.needs.basis': 'Quelle: {basis}',

  'network.reason.sameChallenge': 'behandelt {challenge}',
  'network.reason.sameTheme': 'arbeitet zu {list}, verwandt mit dieser Herausforderung',
  'network.reason.sameTargetGroup': 'richtet sich an dieselben Menschen: {list}',
  'network.reason.comparableSize': '{city} ist vergleichbar groß (≈ {population} Einwohner)',
  'network.reason.resultsAgainstTarget': 'hat {percent} % der Zielwerte erreicht (Indikatoren: {indicators})',
  'network.reason.bothSize': 'beide ≈ {population} Einwohner',
  'network.reason.sizes': '≈ {a} und ≈ {b} Einwohner',
  'network.reason.shares': 'Migrantenanteil von {a} % und {b} %',
  'network.reason.bothFace': 'beide stehen vor: {list}',
  'network.reason.bothThemes': 'beide haben Praktiken zu {list}',

  'network.similar.title': 'Ähnliche Städte',
  'network.similar.lead':
    'Städte, gereiht danach, wie ähnlich sie sich in Bevölkerungsgröße, Migrantenanteil, ihren Herausforderungen und den Themen ihrer Praktiken sind, nach dem, was über beide bekannt ist.',
  'network.similar.notEnough':
    'Nicht genügend Daten für einen Vergleich: {known} von {total} Merkmalen sind für diese Stadt bekannt (mindestens {min} sind nötig).',
  'network.similar.none': 'Keine andere Stadt hat genügend Daten für einen Vergleich.',
  'network.similar.basedOn': 'auf Grundlage von {known} von {total} Merkmalen',
  'network.similar.score': 'Ähnlichkeit {score}',
  'network.similar.notComparable': 'Weitere Städte mit zu wenigen Daten für einen Vergleich: {count}.',
  'network.feature.population': 'Bevölkerung',
  'network.feature.migrantShare': 'Migrantenanteil',
  'network.feature.challenges': 'Herausforderungen',
  'network.feature.themes': 'Themen der Praktiken',

  'network.city.section': 'Herausforderungen und Lernen',
  'network.city.faces': '{city} steht vor:',
  'network.city.noChallenges': 'Die Herausforderungen, vor denen {city} steht, wurden noch nicht benannt.',
  'network.city.needsLink': 'Was {city} braucht und wer darauf geantwortet hat',
  'network.city.allChallenges': 'Alle Herausforderungen der Integration',

  'network.edit.title': 'Herausforderungen von {city}',
  'network.edit.lead':
    'Benennen Sie die Herausforderungen, vor denen {city} steht, jeweils mit ihrer Dringlichkeit, und verknüpfen Sie die Praktiken der Stadt mit den Herausforderungen, die sie behandeln.',
  'network.edit.cityForm': 'Herausforderungen, vor denen die Stadt steht',
  'network.edit.priorityOf': 'Priorität von „{challenge}“',
  'network.edit.notFaced': 'Nicht betroffen',
  'network.edit.saveCity': 'Die Herausforderungen der Stadt speichern',
  'network.edit.practices': 'Die Praktiken der Stadt',
  'network.edit.noPractices': 'Die Stadt hat noch keine Praktik in der Bibliothek.',
  'network.edit.practiceLegend': 'Herausforderungen, die „{practice}“ behandelt',
  'network.edit.savePractice': 'Die Herausforderungen von „{practice}“ speichern',
  'network.edit.saved': 'Gespeichert.',
  'network.edit.readOnly': 'Nur die Redakteure der Stadt und die Administratoren dürfen dies ändern.',

  'network.gaps.title': 'Lücken im Netzwerk',
  'network.gaps.lead':
    'Aus den Daten berechnet: wovor viele Städte stehen und worauf wenige Praktiken antworten, Akteursbereiche, die in den Landkarten fehlen, und Verpflichtungen der Charta, zu denen niemand Fortschritte meldet.',
  'network.gaps.challenges': 'Herausforderungen, vor denen viele Städte stehen und die wenige Praktiken behandeln',
  'network.gaps.challengesRule':
    'Städte, die vor ihr stehen: mindestens {many}; Praktiken, die sie behandeln: höchstens {few}.',
  'network.gaps.noChallenges':
    'Keine Herausforderung betrifft viele Städte und wird zugleich von nur wenigen Praktiken behandelt.',
  'network.gaps.citiesFacing': 'Städte, die vor ihr stehen',
  'network.gaps.practicesAddressing': 'Praktiken, die sie behandeln',
  'network.gaps.areas': 'Akteursbereiche, die in den Landkarten fehlen',
  'network.gaps.areasRule': 'Von den Städten mit einer Akteurslandkarte diejenigen ohne Akteur in diesem Bereich.',
  'network.gaps.noAreas': 'Jede Akteurslandkarte deckt alle Bereiche ab.',
  'network.gaps.noMaps': 'Noch keine Stadt hat eine Akteurslandkarte.',
  'network.gaps.area': 'Bereich',
  'network.gaps.mapsWithout': 'Landkarten ohne diesen Bereich',
  'network.gaps.uncovered': 'keine Landkarte deckt ihn ab',
  'network.gaps.commitments': 'Verpflichtungen der Charta, zu denen niemand Fortschritte meldet',
  'network.gaps.commitmentsRule': 'Keine Stadt erfasst sie als in Arbeit oder erreicht.',
  'network.gaps.noCommitments': 'Zu jeder Verpflichtung meldet mindestens eine Stadt Fortschritte.',
  'network.gaps.noCharter': 'Die Charta wurde noch nicht importiert.',
  'network.gaps.planned': 'Städte, die sie planen: {count}',
} satisfies Record<keyof typeof english, string>;

addMessages('de', networkNeeds);
