import { addMessages } from '../../i18n.ts';
import type { exportHeaders as english } from '../en/export-headers.ts';

/** Column names of the CSV files meant for people (Spanish; machine-assisted, not reviewed by a native speaker). */
export const exportHeaders = {
  'exportHeaders.evidenceResults.area': 'Zona',
  'exportHeaders.evidenceResults.group': 'Grupo',
  'exportHeaders.evidenceResults.index': 'Índice',
  'exportHeaders.evidenceResults.kernel': 'Núcleo',
  'exportHeaders.evidenceResults.bandwidth': 'Ancho de banda (m)',
  'exportHeaders.evidenceResults.compat': 'Tratamiento de bordes',
  'exportHeaders.evidenceResults.value': 'Valor',
  'exportHeaders.evidenceResults.p_value': 'Valor p',
  'exportHeaders.evidenceResults.ci_low': 'Intervalo de confianza, límite inferior',
  'exportHeaders.evidenceResults.ci_high': 'Intervalo de confianza, límite superior',
  'exportHeaders.evidenceResults.permutations': 'Permutaciones',
  'exportHeaders.evidenceResults.bootstrap': 'Remuestreos bootstrap',
  'exportHeaders.evidenceResults.seed': 'Semilla aleatoria',
  'exportHeaders.cycleReport.commitment': 'Compromiso',
  'exportHeaders.cycleReport.role': 'Función',
  'exportHeaders.cycleReport.city': 'Identificador de la ciudad',
  'exportHeaders.cycleReport.cityName': 'Ciudad',
  'exportHeaders.cycleReport.status': 'Estado',
  'exportHeaders.cycleReport.previous': 'Estado anterior',
  'exportHeaders.cycleReport.change': 'Cambio',
  'exportHeaders.charterReport.scope': 'Fila',
  'exportHeaders.charterReport.id': 'Identificador',
  'exportHeaders.charterReport.name': 'Nombre',
  'exportHeaders.charterReport.role': 'Función',
  'exportHeaders.charterReport.signatory': 'Firmante',
  'exportHeaders.charterReport.planned': 'Previstos',
  'exportHeaders.charterReport.in-progress': 'En curso',
  'exportHeaders.charterReport.achieved': 'Logrados',
  'exportHeaders.charterReport.dropped': 'Abandonados',
} satisfies Record<keyof typeof english, string>;

addMessages('es', exportHeaders);
