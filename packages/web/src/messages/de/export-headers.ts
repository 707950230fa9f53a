import { addMessages } from '../../i18n.ts';
import type { exportHeaders as english } from '../en/export-headers.ts';

/** Column names of the CSV files meant for people (German; machine-assisted, not reviewed by a native speaker). */
export const exportHeaders = {
  'exportHeaders.evidenceResults.area': 'Gebiet',
  'exportHeaders.evidenceResults.group': 'Gruppe',
  'exportHeaders.evidenceResults.index': 'Index',
  'exportHeaders.evidenceResults.kernel': 'Kern',
  'exportHeaders.evidenceResults.bandwidth': 'Bandbreite (m)',
  'exportHeaders.evidenceResults.compat': 'Randbehandlung',
  'exportHeaders.evidenceResults.value': 'Wert',
  'exportHeaders.evidenceResults.p_value': 'p-Wert',
  'exportHeaders.evidenceResults.ci_low': 'Konfidenzintervall, untere Grenze',
  'exportHeaders.evidenceResults.ci_high': 'Konfidenzintervall, obere Grenze',
  'exportHeaders.evidenceResults.permutations': 'Permutationen',
  'exportHeaders.evidenceResults.bootstrap': 'Bootstrap-Stichproben',
  'exportHeaders.evidenceResults.seed': 'Zufallsstartwert',
  'exportHeaders.cycleReport.commitment': 'Verpflichtung',
  'exportHeaders.cycleReport.role': 'Rolle',
  'exportHeaders.cycleReport.city': 'Stadt-ID',
  'exportHeaders.cycleReport.cityName': 'Stadt',
  'exportHeaders.cycleReport.status': 'Status',
  'exportHeaders.cycleReport.previous': 'Vorheriger Status',
  'exportHeaders.cycleReport.change': 'Veränderung',
  'exportHeaders.charterReport.scope': 'Zeile',
  'exportHeaders.charterReport.id': 'ID',
  'exportHeaders.charterReport.name': 'Name',
  'exportHeaders.charterReport.role': 'Rolle',
  'exportHeaders.charterReport.signatory': 'Unterzeichner',
  'exportHeaders.charterReport.planned': 'Geplant',
  'exportHeaders.charterReport.in-progress': 'In Arbeit',
  'exportHeaders.charterReport.achieved': 'Erreicht',
  'exportHeaders.charterReport.dropped': 'Aufgegeben',
} satisfies Record<keyof typeof english, string>;

addMessages('de', exportHeaders);
