import { addMessages } from '../../i18n.ts';

/** Column names of the CSV files meant for people to open in a spreadsheet (English); the stable keys stay available with ?headers=keys. */
export const exportHeaders = {
  'exportHeaders.evidenceResults.area': 'Area',
  'exportHeaders.evidenceResults.group': 'Group',
  'exportHeaders.evidenceResults.index': 'Index',
  'exportHeaders.evidenceResults.kernel': 'Kernel',
  'exportHeaders.evidenceResults.bandwidth': 'Bandwidth (m)',
  'exportHeaders.evidenceResults.compat': 'Boundary handling',
  'exportHeaders.evidenceResults.value': 'Value',
  'exportHeaders.evidenceResults.p_value': 'p-value',
  'exportHeaders.evidenceResults.ci_low': 'Confidence interval, low',
  'exportHeaders.evidenceResults.ci_high': 'Confidence interval, high',
  'exportHeaders.evidenceResults.permutations': 'Permutations',
  'exportHeaders.evidenceResults.bootstrap': 'Bootstrap resamples',
  'exportHeaders.evidenceResults.seed': 'Random seed',
  'exportHeaders.cycleReport.commitment': 'Commitment',
  'exportHeaders.cycleReport.role': 'Role',
  'exportHeaders.cycleReport.city': 'City id',
  'exportHeaders.cycleReport.cityName': 'City',
  'exportHeaders.cycleReport.status': 'Status',
  'exportHeaders.cycleReport.previous': 'Previous status',
  'exportHeaders.cycleReport.change': 'Change',
  'exportHeaders.charterReport.scope': 'Row',
  'exportHeaders.charterReport.id': 'Id',
  'exportHeaders.charterReport.name': 'Name',
  'exportHeaders.charterReport.role': 'Role',
  'exportHeaders.charterReport.signatory': 'Signatory',
  'exportHeaders.charterReport.planned': 'Planned',
  'exportHeaders.charterReport.in-progress': 'In progress',
  'exportHeaders.charterReport.achieved': 'Achieved',
  'exportHeaders.charterReport.dropped': 'Dropped',
} as const;

addMessages('en', exportHeaders);
