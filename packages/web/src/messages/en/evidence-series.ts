import { addMessages } from '../../i18n.ts';

/** Evidence over time: years of a grid, series of runs and their changes (English). */
export const evidenceSeries = {
  'evidence.mapping.year': 'Year column (when the file has a row per cell and year)',
  'evidence.mapping.noYear': 'None: the file holds one year',
  'evidence.options.year': 'Year of this run',
  'evidence.options.yearHint':
    'With a year column: the year to read. Without one: the year the grid describes, so that runs of several years can be compared.',
  'evidence.runs.year': 'year {year}',

  'evidence.series.title': 'Change over time',
  'evidence.series.intro':
    'Compare runs of the same place in different years: each index per year, the change from year to year, and whether it is larger than chance would give.',
  'evidence.series.none': 'No series yet.',
  'evidence.series.listCaption': 'Series of years',
  'evidence.series.name': 'Name of the series',
  'evidence.series.yearsCol': 'Years',
  'evidence.series.status': 'Status',
  'evidence.series.created': 'Created',
  'evidence.series.createTitle': 'Compare years',
  'evidence.series.runs': 'Runs to compare (one per year, at least two)',
  'evidence.series.runLabel': '{year}: {dataset}, run of {created}',
  'evidence.series.noYearRuns':
    'To compare years, start at least two runs with a year (the “Year of this run” field of a dataset’s run form).',
  'evidence.series.permutations': 'Permutations for the p-values (19 to 9,999)',
  'evidence.series.seed': 'Seed of the permutations',
  'evidence.series.public': 'Public (only when all its runs are public)',
  'evidence.series.start': 'Compare these years',
  'evidence.series.breadcrumb': 'Where you are',
  'evidence.series.meta': '{years} · {owner}',
  'evidence.series.running': 'The changes are being tested ({percent} %). Reload the page to see them.',
  'evidence.series.reload': 'Reload',
  'evidence.series.failed': 'The comparison failed: {message}',
  'evidence.series.method':
    'Each change is the later year minus the earlier. Its p-value comes from {permutations} random-label permutations (seed {seed}): the cells of both years are pooled and dealt back at random, and the change is computed again each time.',
  'evidence.series.choose': 'Area and index',
  'evidence.series.area': 'Area',
  'evidence.series.index': 'Index for the chart',
  'evidence.series.show': 'Show',
  'evidence.series.tableCaption': 'The indices of {area} per year, and their change',
  'evidence.series.indexCol': 'Index',
  'evidence.series.change': 'Change {from} → {to}',
  'evidence.series.pValue': 'p-value',
  'evidence.series.significant': 'significant at the 5 % level',
  'evidence.series.interval': 'interval {low} – {high}',
  'evidence.series.chartTitle': '{index} in {area}, by year',
  'evidence.series.chartDesc':
    'One point per year; a vertical bar shows the 95 % interval where the run drew a bootstrap.',
  'evidence.series.noValues': 'No year has a value for this index in this area.',
  'evidence.series.mapTitle': 'Map of change',
  'evidence.series.mapIntro':
    'Each cell shows the later year minus the earlier: blue where the value fell, red where it rose, white where it stayed.',
  'evidence.series.from': 'From',
  'evidence.series.to': 'To',
  'evidence.series.delete': 'Delete this series',
  'evidence.series.deleted': 'The series was deleted; its runs remain.',
} as const;

addMessages('en', evidenceSeries);
