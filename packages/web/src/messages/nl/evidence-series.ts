import { addMessages } from '../../i18n.ts';
import type { evidenceSeries as english } from '../en/evidence-series.ts';

/** Evidence over time: years of a grid, series of runs and their changes (Dutch, not yet reviewed by a native speaker). */
export const evidenceSeries = {
  'evidence.mapping.year': 'Kolom met het jaar (als het bestand een rij per cel en jaar heeft)',
  'evidence.mapping.noYear': 'Geen: het bestand bevat één jaar',
  'evidence.options.year': 'Jaar van deze berekening',
  'evidence.options.yearHint':
    'Met een jaarkolom: het jaar dat gelezen moet worden. Zonder: het jaar dat het raster beschrijft, zodat berekeningen van meerdere jaren vergeleken kunnen worden.',
  'evidence.runs.year': 'jaar {year}',

  'evidence.series.title': 'Verandering door de tijd',
  'evidence.series.intro':
    'Vergelijk berekeningen van dezelfde plaats in verschillende jaren: elke index per jaar, de verandering van jaar tot jaar en of die groter is dan toeval zou opleveren.',
  'evidence.series.none': 'Nog geen reeks.',
  'evidence.series.listCaption': 'Reeksen van jaren',
  'evidence.series.name': 'Naam van de reeks',
  'evidence.series.yearsCol': 'Jaren',
  'evidence.series.status': 'Status',
  'evidence.series.created': 'Aangemaakt',
  'evidence.series.createTitle': 'Jaren vergelijken',
  'evidence.series.runs': 'Te vergelijken berekeningen (één per jaar, minstens twee)',
  'evidence.series.runLabel': '{year}: {dataset}, berekening van {created}',
  'evidence.series.noYearRuns':
    'Start om jaren te vergelijken minstens twee berekeningen met een jaar (het veld ‘Jaar van deze berekening’ in het berekeningsformulier van een dataset).',
  'evidence.series.permutations': 'Permutaties voor de p-waarden (19 tot 9.999)',
  'evidence.series.seed': 'Startwaarde (seed) van de permutaties',
  'evidence.series.public': 'Openbaar (alleen als al haar berekeningen openbaar zijn)',
  'evidence.series.start': 'Deze jaren vergelijken',
  'evidence.series.breadcrumb': 'U bent hier',
  'evidence.series.meta': '{years} · {owner}',
  'evidence.series.running': 'De veranderingen worden getoetst ({percent}%). Laad de pagina opnieuw om ze te zien.',
  'evidence.series.reload': 'Opnieuw laden',
  'evidence.series.failed': 'De vergelijking is mislukt: {message}',
  'evidence.series.method':
    'Elke verandering is het latere jaar min het eerdere. De p-waarde komt uit {permutations} permutaties met willekeurige labels (seed {seed}): de cellen van beide jaren worden samengevoegd en willekeurig opnieuw verdeeld, en de verandering wordt telkens opnieuw berekend.',
  'evidence.series.choose': 'Gebied en index',
  'evidence.series.area': 'Gebied',
  'evidence.series.index': 'Index voor de grafiek',
  'evidence.series.show': 'Tonen',
  'evidence.series.tableCaption': 'De indexen van {area} per jaar, en hun verandering',
  'evidence.series.indexCol': 'Index',
  'evidence.series.change': 'Verandering {from} → {to}',
  'evidence.series.pValue': 'p-waarde',
  'evidence.series.significant': 'significant op het 5%-niveau',
  'evidence.series.interval': 'interval {low} – {high}',
  'evidence.series.chartTitle': '{index} in {area}, per jaar',
  'evidence.series.chartDesc':
    'Eén punt per jaar; een verticale balk toont het 95%-interval waar de berekening een bootstrap heeft uitgevoerd.',
  'evidence.series.noValues': 'Geen enkel jaar heeft een waarde voor deze index in dit gebied.',
  'evidence.series.mapTitle': 'Kaart van de verandering',
  'evidence.series.mapIntro':
    'Elke cel toont het latere jaar min het eerdere: blauw waar de waarde daalde, rood waar ze steeg, wit waar ze gelijk bleef.',
  'evidence.series.from': 'Van',
  'evidence.series.to': 'Tot',
  'evidence.series.delete': 'Deze reeks verwijderen',
  'evidence.series.deleted': 'De reeks is verwijderd; haar berekeningen blijven bestaan.',
} satisfies Record<keyof typeof english, string>;

addMessages('nl', evidenceSeries);
