import { addMessages } from '../../i18n.ts';
import type { eventsAttendance as english } from '../en/events-attendance.ts';

/** Interface strings of check-in, attendance and calendar subscriptions (Ukrainian; machine-assisted, not reviewed by a native speaker). */
export const eventsAttendance = {
  'events.badges.qr': 'Код реєстрації прибуття: {name}',
  'events.checkin.title': 'Реєстрація прибуття: {event}',
  'events.checkin.lead':
    'Відскануйте QR-код на бейджі (USB-сканер або телефон вводить код у поле й натискає Enter), введіть код або знайдіть людину за іменем.',
  'events.checkin.where': 'Реєстрація прибуття на',
  'events.checkin.wholeEvent': 'Подію (прибуття)',
  'events.checkin.change': 'Змінити',
  'events.checkin.code': 'Код реєстрації прибуття',
  'events.checkin.codeHint': 'Код, надрукований під QR-кодом на бейджі.',
  'events.checkin.submit': 'Зареєструвати прибуття',
  'events.checkin.camera': 'Сканувати камерою',
  'events.checkin.cameraStop': 'Зупинити камеру',
  'events.checkin.cameraLabel': 'Зображення з камери для сканування бейджа',
  'events.checkin.search': 'Пошук за іменем або організацією',
  'events.checkin.find': 'Знайти',
  'events.checkin.results': 'Знайдено людей: {count}',
  'events.checkin.noResults': 'Жоден зареєстрований учасник не відповідає «{query}».',
  'events.checkin.person': 'Зареєструвати прибуття: {name}',
  'events.checkin.already': 'Прибуття зареєстровано о {time}',
  'events.checkin.done': 'Прибуття зареєстровано: {name} ({role}).',
  'events.checkin.again': 'Прибуття {name} тут уже зареєстровано о {time}; нічого не змінено.',
  'events.checkin.counts': 'Зареєстровано прибуттів на цей момент',
  'events.checkin.session': 'Сесія',
  'events.checkin.count': 'Прибули',
  'events.checkin.eventCount': '{count} із {registered} зареєстрованих',
  'events.checkin.link': 'Реєстрація прибуття та відвідуваність',
  'events.feed.title': 'Підписатися на мій розклад: {event}',
  'events.feed.lead':
    'Календарний застосунок (Google Calendar, Outlook, Apple Calendar, Thunderbird) може підписатися на ваш розклад за секретною адресою й підтримувати його актуальним. Будь-хто, хто знає адресу, може прочитати ваш розклад: не поширюйте її та відкличте, якщо вона стала відомою.',
  'events.feed.none': 'У вас ще немає адреси підписки.',
  'events.feed.exists':
    'У вас є адреса підписки, створена {date}. Задля безпеки її показують лише один раз: оновіть її, щоб отримати нову (стара перестане працювати).',
  'events.feed.created': 'Ваша нова адреса підписки (показується лише зараз; скопіюйте її в календарний застосунок):',
  'events.feed.address': 'Адреса підписки',
  'events.feed.copy': 'Копіювати',
  'events.feed.copied': 'Скопійовано.',
  'events.feed.create': 'Створити адресу підписки',
  'events.feed.renew': 'Оновити адресу',
  'events.feed.revoke': 'Відкликати адресу',
  'events.feed.revoked': 'Адресу підписки відкликано: вона більше не працює.',
  'events.feed.link': 'Підписатися в календарному застосунку',
} satisfies Record<keyof typeof english, string>;

addMessages('uk', eventsAttendance);
