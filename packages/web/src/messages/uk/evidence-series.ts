import { addMessages } from '../../i18n.ts';
import type { evidenceSeries as english } from '../en/evidence-series.ts';

/** Evidence over time: years of a grid, series of runs and their changes (Ukrainian, not yet reviewed by a native speaker). */
export const evidenceSeries = {
  'evidence.mapping.year': 'Стовпець року (коли файл містить рядок на кожну комірку й рік)',
  'evidence.mapping.noYear': 'Немає: файл охоплює один рік',
  'evidence.options.year': 'Рік цього розрахунку',
  'evidence.options.yearHint':
    'Зі стовпцем року: рік, який слід прочитати. Без нього: рік, який описує сітка, щоб можна було порівнювати розрахунки різних років.',
  'evidence.runs.year': 'рік {year}',

  'evidence.series.title': 'Зміни в часі',
  'evidence.series.intro':
    'Порівнюйте розрахунки для того самого місця в різні роки: кожен індекс за рік, зміну з року в рік і те, чи вона більша, ніж дав би випадок.',
  'evidence.series.none': 'Рядів ще немає.',
  'evidence.series.listCaption': 'Ряди років',
  'evidence.series.name': 'Назва ряду',
  'evidence.series.yearsCol': 'Роки',
  'evidence.series.status': 'Статус',
  'evidence.series.created': 'Створено',
  'evidence.series.createTitle': 'Порівняти роки',
  'evidence.series.runs': 'Розрахунки для порівняння (один на рік, щонайменше два)',
  'evidence.series.runLabel': '{year}: {dataset}, розрахунок від {created}',
  'evidence.series.noYearRuns':
    'Щоб порівняти роки, запустіть щонайменше два розрахунки з роком (поле «Рік цього розрахунку» у формі розрахунку набору даних).',
  'evidence.series.permutations': 'Перестановки для p-значень (від 19 до 9999)',
  'evidence.series.seed': 'Початкове значення (seed) перестановок',
  'evidence.series.public': 'Публічний (лише якщо всі його розрахунки публічні)',
  'evidence.series.start': 'Порівняти ці роки',
  'evidence.series.breadcrumb': 'Ви тут',
  'evidence.series.meta': '{years} · {owner}',
  'evidence.series.running': 'Зміни перевіряються ({percent} %). Оновіть сторінку, щоб їх побачити.',
  'evidence.series.reload': 'Оновити',
  'evidence.series.failed': 'Порівняння не вдалося: {message}',
  'evidence.series.method':
    'Кожна зміна — це пізніший рік мінус раніший. Її p-значення отримано з {permutations} перестановок випадкових міток (seed {seed}): комірки обох років об’єднуються й випадково розподіляються знову, і зміна щоразу обчислюється заново.',
  'evidence.series.choose': 'Територія та індекс',
  'evidence.series.area': 'Територія',
  'evidence.series.index': 'Індекс для діаграми',
  'evidence.series.show': 'Показати',
  'evidence.series.tableCaption': 'Індекси території {area} за роками та їхня зміна',
  'evidence.series.indexCol': 'Індекс',
  'evidence.series.change': 'Зміна {from} → {to}',
  'evidence.series.pValue': 'p-значення',
  'evidence.series.significant': 'значуща на рівні 5 %',
  'evidence.series.interval': 'інтервал {low} – {high}',
  'evidence.series.chartTitle': '{index} на території {area} за роками',
  'evidence.series.chartDesc':
    'Одна точка на рік; вертикальна риска показує 95-відсотковий інтервал там, де розрахунок виконав бутстреп.',
  'evidence.series.noValues': 'Жоден рік не має значення цього індексу на цій території.',
  'evidence.series.mapTitle': 'Карта змін',
  'evidence.series.mapIntro':
    'Кожна комірка показує пізніший рік мінус раніший: синім — де значення зменшилося, червоним — де зросло, білим — де не змінилося.',
  'evidence.series.from': 'З',
  'evidence.series.to': 'До',
  'evidence.series.delete': 'Видалити цей ряд',
  'evidence.series.deleted': 'Ряд видалено; його розрахунки збережено.',
} satisfies Record<keyof typeof english, string>;

addMessages('uk', evidenceSeries);
