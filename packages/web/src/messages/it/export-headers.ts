import { addMessages } from '../../i18n.ts';
import type { exportHeaders as english } from '../en/export-headers.ts';

/** Column names of the CSV files meant for people (Italian; machine-assisted, not reviewed by a native speaker). */
export const exportHeaders = {
  'exportHeaders.evidenceResults.area': 'Area',
  'exportHeaders.evidenceResults.group': 'Gruppo',
  'exportHeaders.evidenceResults.index': 'Indice',
  'exportHeaders.evidenceResults.kernel': 'Kernel',
  'exportHeaders.evidenceResults.bandwidth': 'Larghezza di banda (m)',
  'exportHeaders.evidenceResults.compat': 'Trattamento dei bordi',
  'exportHeaders.evidenceResults.value': 'Valore',
  'exportHeaders.evidenceResults.p_value': 'Valore p',
  'exportHeaders.evidenceResults.ci_low': 'Intervallo di confidenza, limite inferiore',
  'exportHeaders.evidenceResults.ci_high': 'Intervallo di confidenza, limite superiore',
  'exportHeaders.evidenceResults.permutations': 'Permutazioni',
  'exportHeaders.evidenceResults.bootstrap': 'Ricampionamenti bootstrap',
  'exportHeaders.evidenceResults.seed': 'Seme casuale',
  'exportHeaders.cycleReport.commitment': 'Impegno',
  'exportHeaders.cycleReport.role': 'Ruolo',
  'exportHeaders.cycleReport.city': 'Identificativo della città',
  'exportHeaders.cycleReport.cityName': 'Città',
  'exportHeaders.cycleReport.status': 'Stato',
  'exportHeaders.cycleReport.previous': 'Stato precedente',
  'exportHeaders.cycleReport.change': 'Variazione',
  'exportHeaders.charterReport.scope': 'Riga',
  'exportHeaders.charterReport.id': 'Identificativo',
  'exportHeaders.charterReport.name': 'Nome',
  'exportHeaders.charterReport.role': 'Ruolo',
  'exportHeaders.charterReport.signatory': 'Firmataria',
  'exportHeaders.charterReport.planned': 'Previsti',
  'exportHeaders.charterReport.in-progress': 'In corso',
  'exportHeaders.charterReport.achieved': 'Raggiunti',
  'exportHeaders.charterReport.dropped': 'Abbandonati',
} satisfies Record<keyof typeof english, string>;

addMessages('it', exportHeaders);
