import { addMessages } from '../../i18n.ts';
import type { translations as english } from '../en/translations.ts';

/** Translations of record texts: the notice on a translated page and the translation form (Ukrainian, not yet reviewed by a native speaker). */
export const translations = {
  'translations.notice':
    'Перекладено з оригіналу ({language}) — {kind, select, machine {машинний переклад} other {переклад людини}}, це не оригінальний текст.',
  'translations.note': 'Примітка: {note}',
  'translations.by': 'Переклав: {source}',
  'translations.readOriginal': 'Читати оригінал ({language})',
  'translations.readTranslation': 'Читати переклад ({language})',
  'translations.originalShown': 'Ви читаєте оригінал ({language}).',
  'translations.translate': 'Переклади',
  'translations.form.title': 'Переклади: {name}',
  'translations.form.intro':
    'Перекладіть тексти цього запису іншою мовою. Залиште поле порожнім, щоб там показувався оригінал. Читачі бачать, які тексти перекладені, і завжди можуть прочитати оригінал.',
  'translations.form.existing': 'Наявні переклади',
  'translations.form.none': 'Перекладів ще немає.',
  'translations.form.edit': 'Редагувати переклад ({language})',
  'translations.form.language': 'Мова перекладу',
  'translations.form.kind': 'Хто перекладав',
  'translations.form.kind.human': 'Людина',
  'translations.form.kind.machine': 'Машина (автоматичний переклад)',
  'translations.form.source': 'Переклав (людина, служба чи інструмент)',
  'translations.form.note': 'Примітка для читачів',
  'translations.form.original': 'Оригінал: {text}',
  'translations.form.save': 'Зберегти переклад',
  'translations.form.delete': 'Видалити цей переклад',
  'translations.form.saved': 'Переклад збережено.',
  'translations.form.deleted': 'Переклад видалено.',
  'translations.form.keyTakeawaysHint': 'Один висновок на рядок.',
} satisfies Record<keyof typeof english, string>;

addMessages('uk', translations);
