import { addMessages } from '../../i18n.ts';
import type { openData as english } from '../en/open-data.ts';

/** Interface strings of the open data page (Ukrainian, not yet reviewed by a native speaker). */
export const openData = {
  'openData.title': 'Відкриті дані',
  'openData.lead':
    'Усе, що тут опубліковано, — відкриті дані за ліцензією Creative Commons Attribution 4.0: завантажте кожен набір даних у форматі CSV або JSON, усі разом одним файлом ZIP, або перегляньте каталог DCAT-AP.',
  'openData.datasets': 'Набори даних',
  'openData.csv': 'CSV',
  'openData.csvNoBom': 'CSV без позначки порядку байтів (BOM)',
  'openData.json': 'JSON',
  'openData.all': 'Усе в одному файлі ZIP (CSV, JSON і каталог)',
  'openData.catalog': 'Каталог DCAT-AP (JSON-LD)',
  'openData.csvFormat':
    'Файли CSV мають кодування UTF-8 із позначкою порядку байтів, тож програми електронних таблиць правильно показують назви з діакритичними знаками. Кожне поле запису — окремий стовпець; вкладені поля мають заголовки з крапками (duration.start); елементи списків з’єднано через "; " (або подано як масив JSON, якщо елемент містить крапку з комою); списки об’єктів подано у форматі JSON. Текст, який електронна таблиця сприйняла б як формулу, починається з апострофа.',
  'openData.section.practices': 'Практики',
  'openData.section.cities': 'Профілі міст',
  'openData.section.events': 'Події та програми',
  'openData.importTitle': 'Імпорт із CSV',
  'openData.importIntro':
    'Завантажте файл CSV у тому вигляді, у якому його створює експорт (будь-які з його стовпців, стовпець "id" обов’язковий), щоб додати або замінити записи — усі або жодного. Імпортувати можна лише ті записи, які ви маєте право редагувати.',
  'openData.importSection': 'Записи для імпорту',
  'openData.importFile': 'Файл CSV',
  'openData.importPaste': 'Або вставте текст CSV',
  'openData.importButton': 'Імпортувати',
  'openData.importErrors': 'Нічого не імпортовано',
  'openData.imported': 'Імпортовано: нових — {created}, замінено — {updated}.',
} satisfies Record<keyof typeof english, string>;

addMessages('uk', openData);
