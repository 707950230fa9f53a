import { addMessages } from '../../i18n.ts';
import type { evidenceSeries as english } from '../en/evidence-series.ts';

/** Evidence over time: years of a grid, series of runs and their changes (French, not yet reviewed by a native speaker). */
export const evidenceSeries = {
  'evidence.mapping.year': 'Colonne de l’année (lorsque le fichier a une ligne par cellule et par année)',
  'evidence.mapping.noYear': 'Aucune : le fichier porte sur une seule année',
  'evidence.options.year': 'Année de ce calcul',
  'evidence.options.yearHint':
    'Avec une colonne de l’année : l’année à lire. Sans elle : l’année que décrit la grille, afin de pouvoir comparer des calculs de plusieurs années.',
  'evidence.runs.year': 'année {year}',

  'evidence.series.title': 'Évolution dans le temps',
  'evidence.series.intro':
    'Comparez des calculs portant sur le même lieu à des années différentes : chaque indice par année, la variation d’une année à l’autre, et si elle dépasse ce que produirait le hasard.',
  'evidence.series.none': 'Aucune série pour l’instant.',
  'evidence.series.listCaption': 'Séries d’années',
  'evidence.series.name': 'Nom de la série',
  'evidence.series.yearsCol': 'Années',
  'evidence.series.status': 'Statut',
  'evidence.series.created': 'Créée',
  'evidence.series.createTitle': 'Comparer des années',
  'evidence.series.runs': 'Calculs à comparer (un par année, au moins deux)',
  'evidence.series.runLabel': '{year} : {dataset}, calcul du {created}',
  'evidence.series.noYearRuns':
    'Pour comparer des années, lancez au moins deux calculs avec une année (le champ « Année de ce calcul » du formulaire de calcul d’un jeu de données).',
  'evidence.series.permutations': 'Permutations pour les valeurs p (de 19 à 9 999)',
  'evidence.series.seed': 'Graine aléatoire des permutations',
  'evidence.series.public': 'Publique (seulement si tous ses calculs sont publics)',
  'evidence.series.start': 'Comparer ces années',
  'evidence.series.breadcrumb': 'Vous êtes ici',
  'evidence.series.meta': '{years} · {owner}',
  'evidence.series.running': 'Les variations sont en cours de test ({percent} %). Rechargez la page pour les voir.',
  'evidence.series.reload': 'Recharger',
  'evidence.series.failed': 'La comparaison a échoué : {message}',
  'evidence.series.method':
    'Chaque variation est la valeur de l’année la plus récente moins celle de l’année la plus ancienne. Sa valeur p provient de {permutations} permutations aléatoires des étiquettes (graine {seed}) : les cellules des deux années sont regroupées puis redistribuées au hasard, et la variation est recalculée à chaque fois.',
  'evidence.series.choose': 'Zone et indice',
  'evidence.series.area': 'Zone',
  'evidence.series.index': 'Indice du graphique',
  'evidence.series.show': 'Afficher',
  'evidence.series.tableCaption': 'Les indices de {area} par année, et leur variation',
  'evidence.series.indexCol': 'Indice',
  'evidence.series.change': 'Variation {from} → {to}',
  'evidence.series.pValue': 'Valeur p',
  'evidence.series.significant': 'significative au seuil de 5 %',
  'evidence.series.interval': 'intervalle {low} – {high}',
  'evidence.series.chartTitle': '{index} dans {area}, par année',
  'evidence.series.chartDesc':
    'Un point par année ; une barre verticale indique l’intervalle à 95 % lorsque le calcul a effectué un bootstrap.',
  'evidence.series.noValues': 'Aucune année n’a de valeur pour cet indice dans cette zone.',
  'evidence.series.mapTitle': 'Carte des variations',
  'evidence.series.mapIntro':
    'Chaque cellule montre la valeur de l’année la plus récente moins celle de la plus ancienne : en bleu là où la valeur a baissé, en rouge là où elle a augmenté, en blanc là où elle est restée stable.',
  'evidence.series.from': 'De',
  'evidence.series.to': 'À',
  'evidence.series.delete': 'Supprimer cette série',
  'evidence.series.deleted': 'La série a été supprimée ; ses calculs sont conservés.',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', evidenceSeries);
