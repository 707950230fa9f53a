import { addMessages } from '../../i18n.ts';
import type { exportHeaders as english } from '../en/export-headers.ts';

/** Column names of the CSV files meant for people (Dari; machine-assisted, not reviewed by a native speaker). */
export const exportHeaders = {
  'exportHeaders.evidenceResults.area': 'ساحه',
  'exportHeaders.evidenceResults.group': 'گروه',
  'exportHeaders.evidenceResults.index': 'شاخص',
  'exportHeaders.evidenceResults.kernel': 'هسته',
  'exportHeaders.evidenceResults.bandwidth': 'پهنای باند (متر)',
  'exportHeaders.evidenceResults.compat': 'برخورد با مرزها',
  'exportHeaders.evidenceResults.value': 'ارزش',
  'exportHeaders.cycleReport.commitment': 'تعهد',
  'exportHeaders.cycleReport.role': 'نقش',
  'exportHeaders.cycleReport.city': 'شناسهٔ شهر',
  'exportHeaders.cycleReport.cityName': 'شهر',
  'exportHeaders.cycleReport.status': 'وضعیت',
  'exportHeaders.cycleReport.previous': 'وضعیت قبلی',
  'exportHeaders.cycleReport.change': 'تغییر',
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', exportHeaders);
