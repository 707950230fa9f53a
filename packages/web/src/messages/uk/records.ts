import { addMessages } from '../../i18n.ts';
import type { records as english } from '../en/records.ts';

/** Strings shared by every record page: empty fields, status, history, editing conflicts (Ukrainian; machine-assisted, not reviewed by a native speaker). */
export const records = {
  'record.notStated': 'У джерелі не вказано',
  'record.notRecorded': 'Не зафіксовано',
  'record.yes': 'Так',
  'record.no': 'Ні',
  'record.unknown': 'Не вказано',
  'record.status.draft': 'Чернетка',
  'record.status.published': 'Опубліковано',
  'record.breadcrumb': 'Навігаційний ланцюжок',
  'record.language': 'Мова запису: {language}',
  'record.readMore': 'Докладніше',
  'history.intro':
    'Кожну зміну збережено. Відновлення попередньої версії зберігає її як нову версію; нічого не втрачається.',
  'history.caption': 'Версії, спершу найновіші',
  'history.version': 'Версія',
  'history.action': 'Зміна',
  'history.status': 'Статус',
  'history.author': 'Хто',
  'history.date': 'Коли',
  'history.view': 'Переглянути',
  'history.viewVersion': 'Переглянути версію {version}',
  'history.restore': 'Відновити',
  'history.restoreVersion': 'Відновити версію {version}',
  'history.current': 'Поточна версія',
  'history.imported': 'Імпортовано з набору даних',
  'history.back': 'Назад до історії',
  'history.revisionNotice':
    'Ви переглядаєте версію {version}, збережену користувачем {author} {date}. Поточна версія — {current}.',
  'history.revisionNoticeImport':
    'Ви переглядаєте версію {version}, імпортовану з набору даних {date}. Поточна версія — {current}.',
  'history.action.create': 'Створено',
  'history.action.update': 'Відредаговано',
  'history.action.publish': 'Опубліковано',
  'history.action.unpublish': 'Знято з публікації',
  'history.action.import': 'Імпортовано',
  'history.action.restore': 'Відновлено версію {version}',
  'history.compare.legend': 'Порівняти дві версії',
  'history.compare.from': 'Старіша версія',
  'history.compare.to': 'Новіша версія',
  'history.compare.button': 'Порівняти',
  'history.compare.title': 'Зміни від версії {from} до версії {to}: {name}',
  'history.compare.intro': 'Вилучені слова закреслено, додані — підкреслено.',
  'history.compare.none': 'Обидві версії мають однаковий вміст.',
  'history.compare.removedStart': '[вилучено: ',
  'history.compare.addedStart': '[додано: ',
  'history.compare.changeEnd': ']',
  'history.compare.wasEmpty': 'Порожньо в старішій версії.',
  'history.compare.nowEmpty': 'Порожньо в новішій версії.',
} satisfies Record<keyof typeof english, string>;

addMessages('uk', records);
