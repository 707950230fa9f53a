import { addMessages } from '../../i18n.ts';
import type { evidenceSeries as english } from '../en/evidence-series.ts';

/** Evidence over time: years of a grid, series of runs and their changes (German, not yet reviewed by a native speaker). */
export const evidenceSeries = {
  'evidence.mapping.year': 'Spalte des Jahres (wenn die Datei eine Zeile pro Zelle und Jahr hat)',
  'evidence.mapping.noYear': 'Keine: Die Datei enthält ein einziges Jahr',
  'evidence.options.year': 'Jahr dieser Berechnung',
  'evidence.options.yearHint':
    'Mit einer Jahresspalte: das zu lesende Jahr. Ohne sie: das Jahr, das das Raster beschreibt, damit Berechnungen mehrerer Jahre verglichen werden können.',
  'evidence.runs.year': 'Jahr {year}',

  'evidence.series.title': 'Veränderung im Zeitverlauf',
  'evidence.series.intro':
    'Vergleichen Sie Berechnungen desselben Ortes aus verschiedenen Jahren: jeden Index pro Jahr, die Veränderung von Jahr zu Jahr und ob sie größer ist, als der Zufall ergäbe.',
  'evidence.series.none': 'Noch keine Reihe.',
  'evidence.series.listCaption': 'Reihen von Jahren',
  'evidence.series.name': 'Name der Reihe',
  'evidence.series.yearsCol': 'Jahre',
  'evidence.series.status': 'Status',
  'evidence.series.created': 'Erstellt',
  'evidence.series.createTitle': 'Jahre vergleichen',
  'evidence.series.runs': 'Zu vergleichende Berechnungen (eine pro Jahr, mindestens zwei)',
  'evidence.series.runLabel': '{year}: {dataset}, Berechnung vom {created}',
  'evidence.series.noYearRuns':
    'Um Jahre zu vergleichen, starten Sie mindestens zwei Berechnungen mit einem Jahr (das Feld „Jahr dieser Berechnung“ im Berechnungsformular eines Datensatzes).',
  'evidence.series.permutations': 'Permutationen für die p-Werte (19 bis 9.999)',
  'evidence.series.seed': 'Startwert der Permutationen',
  'evidence.series.public': 'Öffentlich (nur wenn alle ihre Berechnungen öffentlich sind)',
  'evidence.series.start': 'Diese Jahre vergleichen',
  'evidence.series.breadcrumb': 'Sie sind hier',
  'evidence.series.meta': '{years} · {owner}',
  'evidence.series.running':
    'Die Veränderungen werden getestet ({percent} %). Laden Sie die Seite neu, um sie zu sehen.',
  'evidence.series.reload': 'Neu laden',
  'evidence.series.failed': 'Der Vergleich ist fehlgeschlagen: {message}',
  'evidence.series.method':
    'Jede Veränderung ist das spätere Jahr minus das frühere. Ihr p-Wert beruht auf {permutations} Permutationen mit zufälligen Jahresmarken (Startwert {seed}): Die Zellen beider Jahre werden zusammengelegt und zufällig neu verteilt, und die Veränderung wird jedes Mal erneut berechnet.',
  'evidence.series.choose': 'Gebiet und Index',
  'evidence.series.area': 'Gebiet',
  'evidence.series.index': 'Index für das Diagramm',
  'evidence.series.show': 'Anzeigen',
  'evidence.series.tableCaption': 'Die Indizes von {area} pro Jahr und ihre Veränderung',
  'evidence.series.indexCol': 'Index',
  'evidence.series.change': 'Veränderung {from} → {to}',
  'evidence.series.pValue': 'p-Wert',
  'evidence.series.significant': 'signifikant auf dem 5-%-Niveau',
  'evidence.series.interval': 'Intervall {low} – {high}',
  'evidence.series.chartTitle': '{index} in {area}, nach Jahr',
  'evidence.series.chartDesc':
    'Ein Punkt pro Jahr; ein senkrechter Balken zeigt das 95-%-Intervall, wo die Berechnung ein Bootstrap-Verfahren durchgeführt hat.',
  'evidence.series.noValues': 'Kein Jahr hat einen Wert für diesen Index in diesem Gebiet.',
  'evidence.series.mapTitle': 'Karte der Veränderung',
  'evidence.series.mapIntro':
    'Jede Zelle zeigt das spätere Jahr minus das frühere: blau, wo der Wert gesunken ist, rot, wo er gestiegen ist, weiß, wo er gleich geblieben ist.',
  'evidence.series.from': 'Von',
  'evidence.series.to': 'Bis',
  'evidence.series.delete': 'Diese Reihe löschen',
  'evidence.series.deleted': 'Die Reihe wurde gelöscht; ihre Berechnungen bleiben erhalten.',
} satisfies Record<keyof typeof english, string>;

addMessages('de', evidenceSeries);
