import { addMessages } from '../../i18n.ts';
import type { exportHeaders as english } from '../en/export-headers.ts';

/** Column names of the CSV files meant for people (Dutch; machine-assisted, not reviewed by a native speaker). */
export const exportHeaders = {
  'exportHeaders.evidenceResults.area': 'Gebied',
  'exportHeaders.evidenceResults.group': 'Groep',
  'exportHeaders.evidenceResults.index': 'Index',
  'exportHeaders.evidenceResults.kernel': 'Kern',
  'exportHeaders.evidenceResults.bandwidth': 'Bandbreedte (m)',
  'exportHeaders.evidenceResults.compat': 'Randbehandeling',
  'exportHeaders.evidenceResults.value': 'Waarde',
  'exportHeaders.evidenceResults.p_value': 'p-waarde',
  'exportHeaders.evidenceResults.ci_low': 'Betrouwbaarheidsinterval, ondergrens',
  'exportHeaders.evidenceResults.ci_high': 'Betrouwbaarheidsinterval, bovengrens',
  'exportHeaders.evidenceResults.permutations': 'Permutaties',
  'exportHeaders.evidenceResults.bootstrap': 'Bootstrap-steekproeven',
  'exportHeaders.evidenceResults.seed': 'Willekeurige startwaarde',
  'exportHeaders.cycleReport.commitment': 'Engagement',
  'exportHeaders.cycleReport.role': 'Rol',
  'exportHeaders.cycleReport.city': 'Stads-id',
  'exportHeaders.cycleReport.cityName': 'Stad',
  'exportHeaders.cycleReport.status': 'Status',
  'exportHeaders.cycleReport.previous': 'Vorige status',
  'exportHeaders.cycleReport.change': 'Verandering',
  'exportHeaders.charterReport.scope': 'Rij',
  'exportHeaders.charterReport.id': 'Id',
  'exportHeaders.charterReport.name': 'Naam',
  'exportHeaders.charterReport.role': 'Rol',
  'exportHeaders.charterReport.signatory': 'Ondertekenaar',
  'exportHeaders.charterReport.planned': 'Gepland',
  'exportHeaders.charterReport.in-progress': 'Bezig',
  'exportHeaders.charterReport.achieved': 'Bereikt',
  'exportHeaders.charterReport.dropped': 'Stopgezet',
} satisfies Record<keyof typeof english, string>;

addMessages('nl', exportHeaders);
