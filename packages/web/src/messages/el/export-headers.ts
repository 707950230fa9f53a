import { addMessages } from '../../i18n.ts';
import type { exportHeaders as english } from '../en/export-headers.ts';

/** Column names of the CSV files meant for people (Greek; machine-assisted, not reviewed by a native speaker). */
export const exportHeaders = {
  'exportHeaders.evidenceResults.area': 'Περιοχή',
  'exportHeaders.evidenceResults.group': 'Ομάδα',
  'exportHeaders.evidenceResults.index': 'Δείκτης',
  'exportHeaders.evidenceResults.kernel': 'Πυρήνας',
  'exportHeaders.evidenceResults.bandwidth': 'Εύρος ζώνης (m)',
  'exportHeaders.evidenceResults.compat': 'Χειρισμός ορίων',
  'exportHeaders.evidenceResults.value': 'Τιμή',
  'exportHeaders.evidenceResults.p_value': 'Τιμή p',
  'exportHeaders.evidenceResults.ci_low': 'Διάστημα εμπιστοσύνης, κάτω όριο',
  'exportHeaders.evidenceResults.ci_high': 'Διάστημα εμπιστοσύνης, άνω όριο',
  'exportHeaders.evidenceResults.permutations': 'Μεταθέσεις',
  'exportHeaders.evidenceResults.bootstrap': 'Επαναδειγματοληψίες bootstrap',
  'exportHeaders.evidenceResults.seed': 'Σπόρος τυχαιότητας',
  'exportHeaders.cycleReport.commitment': 'Δέσμευση',
  'exportHeaders.cycleReport.role': 'Ρόλος',
  'exportHeaders.cycleReport.city': 'Κωδικός πόλης',
  'exportHeaders.cycleReport.cityName': 'Πόλη',
  'exportHeaders.cycleReport.status': 'Κατάσταση',
  'exportHeaders.cycleReport.previous': 'Προηγούμενη κατάσταση',
  'exportHeaders.cycleReport.change': 'Μεταβολή',
  'exportHeaders.charterReport.scope': 'Γραμμή',
  'exportHeaders.charterReport.id': 'Κωδικός',
  'exportHeaders.charterReport.name': 'Όνομα',
  'exportHeaders.charterReport.role': 'Ρόλος',
  'exportHeaders.charterReport.signatory': 'Υπογράφων',
  'exportHeaders.charterReport.planned': 'Προγραμματισμένες',
  'exportHeaders.charterReport.in-progress': 'Σε εξέλιξη',
  'exportHeaders.charterReport.achieved': 'Επιτεύχθηκαν',
  'exportHeaders.charterReport.dropped': 'Εγκαταλείφθηκαν',
} satisfies Record<keyof typeof english, string>;

addMessages('el', exportHeaders);
