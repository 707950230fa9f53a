import { addMessages } from '../../i18n.ts';
import type { eventsProgramme as english } from '../en/events-programme.ts';

/** Interface strings of the timetable, the session pages, the saved sessions and the ranking lists (Ukrainian; machine-assisted, not reviewed by a native speaker). */
export const eventsProgramme = {
  'events.rank.hint':
    'Розташуйте {what} у бажаному порядку, найкращі першими. Оцініть щонайменше {min} і щонайбільше {max} або жодної.',
  'events.rank.cornerHint': 'Ви прослухаєте {rounds} презентації, по одній у кожному раунді.',
  'events.rank.what.parallel': 'сесії',
  'events.rank.what.corner': 'презентації',
  'events.rank.numberHint': 'Дайте кожній бажаній позиції номер, 1 — найкраща, а решту залиште порожніми.',
  'events.rank.numberLabel': 'Місце',
  'events.rank.keysHint':
    'Позначте те, що вам потрібно. Змінюйте порядок кнопками переміщення, клавішами зі стрілками на кнопці переміщення або перетягуванням за маркер.',
  'events.rank.number': 'Місце для {title}',
  'events.rank.include': 'Включити {title}',
  'events.rank.up': 'Перемістити вгору: {title}',
  'events.rank.down': 'Перемістити вниз: {title}',
  'events.rank.drag': 'Перетягніть, щоб змінити порядок: {title}',
  'events.rank.moved': '{title}: тепер вибір {n} з {count}.',
  'events.rank.included': '{title} включено як вибір {n} з {count}.',
  'events.rank.excluded': '{title} вилучено з вашого рейтингу.',
  'events.rank.top': '{title} уже перше.',
  'events.rank.bottom': '{title} уже останнє серед ваших виборів.',
  'events.rank.tooFew': '{point}: оцініть щонайменше {min} ({what}) або жодної (ви оцінили {count}).',
  'events.rank.tooMany': '{point}: оцініть щонайбільше {max} ({what}) (ви оцінили {count}).',
  'events.rank.about': 'Про це',
  'events.rank.noDescription': 'У програмі немає опису.',
  'events.rank.notRanked': 'не оцінено',
  'events.rank.position': 'Вибір {n}',
  'events.tt.noRoom': 'Зал не вказано',
  'events.tt.placeNoRoom': '{venue}, зал не вказано',
  'events.tt.count': 'Показано {count} сесії.',
  'events.tt.countOne': 'Показано 1 сесію.',
  'events.tt.details': 'Подробиці',
  'events.filter.room': 'Місце',
  'events.filter.roomNone': 'Зал не вказано',
  'events.filter.q': 'Слова',
  'events.saved.add': 'Додати до мого розкладу',
  'events.saved.remove': 'Вилучити з мого розкладу',
  'events.saved.in': 'У вашому розкладі',
  'events.saved.added': '{title} додано до вашого розкладу.',
  'events.saved.removed': '{title} вилучено з вашого розкладу.',
  'events.saved.failed': 'Не вдалося змінити ваш розклад. Спробуйте ще раз.',
  'events.saved.registerFirst': 'Зареєструйтеся на подію, щоб додавати сесії до свого розкладу.',
  'events.saved.title': 'Додані вами сесії',
  'events.saved.lead':
    'Сесії, які ви додали з програми. Додавання сесії не бронює місце: місця на паралельних сесіях розподіляються за вашим рейтингом вибору.',
  'events.saved.none': 'Ви ще не додали жодної сесії: скористайтеся кнопкою «Додати до мого розкладу» в програмі.',
  'events.session.breadcrumb': 'Сесія',
  'events.session.when': 'Коли',
  'events.session.where': 'Де',
  'events.session.kind': 'Вид',
  'events.session.sameTime': 'Одночасно',
  'events.session.people': 'Люди',
} satisfies Record<keyof typeof english, string>;

addMessages('uk', eventsProgramme);
