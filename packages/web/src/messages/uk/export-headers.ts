import { addMessages } from '../../i18n.ts';
import type { exportHeaders as english } from '../en/export-headers.ts';

/** Column names of the CSV files meant for people (Ukrainian; machine-assisted, not reviewed by a native speaker). */
export const exportHeaders = {
  'exportHeaders.evidenceResults.area': 'Територія',
  'exportHeaders.evidenceResults.group': 'Група',
  'exportHeaders.evidenceResults.index': 'Індекс',
  'exportHeaders.evidenceResults.kernel': 'Ядро',
  'exportHeaders.evidenceResults.bandwidth': 'Ширина смуги (м)',
  'exportHeaders.evidenceResults.compat': 'Обробка меж',
  'exportHeaders.evidenceResults.value': 'Значення',
  'exportHeaders.evidenceResults.p_value': 'Значення p',
  'exportHeaders.evidenceResults.ci_low': 'Довірчий інтервал, нижня межа',
  'exportHeaders.evidenceResults.ci_high': 'Довірчий інтервал, верхня межа',
  'exportHeaders.evidenceResults.permutations': 'Перестановки',
  'exportHeaders.evidenceResults.bootstrap': 'Бутстреп-вибірки',
  'exportHeaders.evidenceResults.seed': 'Початкове значення генератора',
  'exportHeaders.cycleReport.commitment': 'Зобов’язання',
  'exportHeaders.cycleReport.role': 'Роль',
  'exportHeaders.cycleReport.city': 'Ідентифікатор міста',
  'exportHeaders.cycleReport.cityName': 'Місто',
  'exportHeaders.cycleReport.status': 'Статус',
  'exportHeaders.cycleReport.previous': 'Попередній статус',
  'exportHeaders.cycleReport.change': 'Зміна',
  'exportHeaders.charterReport.scope': 'Рядок',
  'exportHeaders.charterReport.id': 'Ідентифікатор',
  'exportHeaders.charterReport.name': 'Назва',
  'exportHeaders.charterReport.role': 'Роль',
  'exportHeaders.charterReport.signatory': 'Підписант',
  'exportHeaders.charterReport.planned': 'Заплановано',
  'exportHeaders.charterReport.in-progress': 'У процесі',
  'exportHeaders.charterReport.achieved': 'Досягнуто',
  'exportHeaders.charterReport.dropped': 'Скасовано',
} satisfies Record<keyof typeof english, string>;

addMessages('uk', exportHeaders);
