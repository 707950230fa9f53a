import { addMessages } from '../../i18n.ts';
import type { exportHeaders as english } from '../en/export-headers.ts';

/** Column names of the CSV files meant for people (Pashto; machine-assisted, not reviewed by a native speaker). */
export const exportHeaders = {
  'exportHeaders.evidenceResults.area': 'سیمه',
  'exportHeaders.evidenceResults.group': 'ډله',
  'exportHeaders.evidenceResults.index': 'شاخص',
  'exportHeaders.evidenceResults.kernel': 'هسته',
  'exportHeaders.evidenceResults.bandwidth': 'د بانډ پلنوالی (متر)',
  'exportHeaders.evidenceResults.compat': 'د پولو چلند',
  'exportHeaders.evidenceResults.value': 'ارزښت',
  'exportHeaders.evidenceResults.p_value': 'د p ارزښت',
  'exportHeaders.evidenceResults.ci_low': 'د باور واټن، ټيټه پوله',
  'exportHeaders.evidenceResults.ci_high': 'د باور واټن، لوړه پوله',
  'exportHeaders.evidenceResults.permutations': 'ځای بدلونونه',
  'exportHeaders.evidenceResults.bootstrap': 'د bootstrap بيا نمونې',
  'exportHeaders.evidenceResults.seed': 'تصادفي تخم',
  'exportHeaders.cycleReport.commitment': 'ژمنه',
  'exportHeaders.cycleReport.role': 'رول',
  'exportHeaders.cycleReport.city': 'د ښار پېژندنه',
  'exportHeaders.cycleReport.cityName': 'ښار',
  'exportHeaders.cycleReport.status': 'حالت',
  'exportHeaders.cycleReport.previous': 'پخوانی حالت',
  'exportHeaders.cycleReport.change': 'بدلون',
  'exportHeaders.charterReport.scope': 'کرښه',
  'exportHeaders.charterReport.id': 'پېژندنه',
  'exportHeaders.charterReport.name': 'نوم',
  'exportHeaders.charterReport.role': 'رول',
  'exportHeaders.charterReport.signatory': 'لاسلیک کوونکی',
  'exportHeaders.charterReport.planned': 'پلان شوي',
  'exportHeaders.charterReport.in-progress': 'روان',
  'exportHeaders.charterReport.achieved': 'ترلاسه شوي',
  'exportHeaders.charterReport.dropped': 'پرېښودل شوي',
} satisfies Record<keyof typeof english, string>;

addMessages('ps', exportHeaders);
