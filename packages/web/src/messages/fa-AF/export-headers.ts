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
  'exportHeaders.evidenceResults.p_value': 'مقدار p',
  'exportHeaders.evidenceResults.ci_low': 'فاصلهٔ اطمینان، حد پایین',
  'exportHeaders.evidenceResults.ci_high': 'فاصلهٔ اطمینان، حد بالا',
  'exportHeaders.evidenceResults.permutations': 'جایگشت‌ها',
  'exportHeaders.evidenceResults.bootstrap': 'بازنمونه‌های bootstrap',
  'exportHeaders.evidenceResults.seed': 'دانهٔ تصادفی',
  'exportHeaders.cycleReport.commitment': 'تعهد',
  'exportHeaders.cycleReport.role': 'نقش',
  'exportHeaders.cycleReport.city': 'شناسهٔ شهر',
  'exportHeaders.cycleReport.cityName': 'شهر',
  'exportHeaders.cycleReport.status': 'وضعیت',
  'exportHeaders.cycleReport.previous': 'وضعیت قبلی',
  'exportHeaders.cycleReport.change': 'تغییر',
  'exportHeaders.charterReport.scope': 'ردیف',
  'exportHeaders.charterReport.id': 'شناسه',
  'exportHeaders.charterReport.name': 'نام',
  'exportHeaders.charterReport.role': 'نقش',
  'exportHeaders.charterReport.signatory': 'امضاکننده',
  'exportHeaders.charterReport.planned': 'برنامه‌ریزی‌شده',
  'exportHeaders.charterReport.in-progress': 'در جریان',
  'exportHeaders.charterReport.achieved': 'به‌دست‌آمده',
  'exportHeaders.charterReport.dropped': 'کنارگذاشته‌شده',
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', exportHeaders);
