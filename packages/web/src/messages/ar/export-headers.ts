import { addMessages } from '../../i18n.ts';
import type { exportHeaders as english } from '../en/export-headers.ts';

/** Column names of the CSV files meant for people (Arabic; machine-assisted, not reviewed by a native speaker). */
export const exportHeaders = {
  'exportHeaders.evidenceResults.area': 'المنطقة',
  'exportHeaders.evidenceResults.group': 'المجموعة',
  'exportHeaders.evidenceResults.index': 'المؤشر',
  'exportHeaders.evidenceResults.kernel': 'النواة',
  'exportHeaders.evidenceResults.bandwidth': 'عرض النطاق (م)',
  'exportHeaders.evidenceResults.compat': 'معالجة الحدود',
  'exportHeaders.evidenceResults.value': 'القيمة',
  'exportHeaders.evidenceResults.p_value': 'القيمة الاحتمالية',
  'exportHeaders.evidenceResults.ci_low': 'مجال الثقة، الحد الأدنى',
  'exportHeaders.evidenceResults.ci_high': 'مجال الثقة، الحد الأعلى',
  'exportHeaders.evidenceResults.permutations': 'التبديلات',
  'exportHeaders.evidenceResults.bootstrap': 'عيّنات bootstrap',
  'exportHeaders.evidenceResults.seed': 'البذرة العشوائية',
  'exportHeaders.cycleReport.commitment': 'الالتزام',
  'exportHeaders.cycleReport.role': 'الدور',
  'exportHeaders.cycleReport.city': 'معرّف المدينة',
  'exportHeaders.cycleReport.cityName': 'المدينة',
  'exportHeaders.cycleReport.status': 'الحالة',
  'exportHeaders.cycleReport.previous': 'الحالة السابقة',
  'exportHeaders.cycleReport.change': 'التغيّر',
  'exportHeaders.charterReport.scope': 'الصف',
  'exportHeaders.charterReport.id': 'المعرّف',
  'exportHeaders.charterReport.name': 'الاسم',
  'exportHeaders.charterReport.role': 'الدور',
  'exportHeaders.charterReport.signatory': 'موقّعة',
  'exportHeaders.charterReport.planned': 'مخطط لها',
  'exportHeaders.charterReport.in-progress': 'قيد التنفيذ',
  'exportHeaders.charterReport.achieved': 'منجزة',
  'exportHeaders.charterReport.dropped': 'متروكة',
} satisfies Record<keyof typeof english, string>;

addMessages('ar', exportHeaders);
