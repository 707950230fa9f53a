import { addMessages } from '../../i18n.ts';
import type { exportHeaders as english } from '../en/export-headers.ts';

/** Column names of the CSV files meant for people (French; machine-assisted, not reviewed by a native speaker). */
export const exportHeaders = {
  'exportHeaders.evidenceResults.area': 'Zone',
  'exportHeaders.evidenceResults.group': 'Groupe',
  'exportHeaders.evidenceResults.index': 'Indice',
  'exportHeaders.evidenceResults.kernel': 'Noyau',
  'exportHeaders.evidenceResults.bandwidth': 'Largeur de bande (m)',
  'exportHeaders.evidenceResults.compat': 'Traitement des bords',
  'exportHeaders.evidenceResults.value': 'Valeur',
  'exportHeaders.evidenceResults.p_value': 'Valeur p',
  'exportHeaders.evidenceResults.ci_low': 'Intervalle de confiance, borne inférieure',
  'exportHeaders.evidenceResults.ci_high': 'Intervalle de confiance, borne supérieure',
  'exportHeaders.evidenceResults.permutations': 'Permutations',
  'exportHeaders.evidenceResults.bootstrap': 'Rééchantillonnages bootstrap',
  'exportHeaders.evidenceResults.seed': 'Graine aléatoire',
  'exportHeaders.cycleReport.commitment': 'Engagement',
  'exportHeaders.cycleReport.role': 'Rôle',
  'exportHeaders.cycleReport.city': 'Identifiant de la ville',
  'exportHeaders.cycleReport.cityName': 'Ville',
  'exportHeaders.cycleReport.status': 'Statut',
  'exportHeaders.cycleReport.previous': 'Statut précédent',
  'exportHeaders.cycleReport.change': 'Évolution',
  'exportHeaders.charterReport.scope': 'Ligne',
  'exportHeaders.charterReport.id': 'Identifiant',
  'exportHeaders.charterReport.name': 'Nom',
  'exportHeaders.charterReport.role': 'Rôle',
  'exportHeaders.charterReport.signatory': 'Signataire',
  'exportHeaders.charterReport.planned': 'Prévus',
  'exportHeaders.charterReport.in-progress': 'En cours',
  'exportHeaders.charterReport.achieved': 'Réalisés',
  'exportHeaders.charterReport.dropped': 'Abandonnés',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', exportHeaders);
