import { addMessages } from '../../i18n.ts';
import type { mail as english } from '../en/mail.ts';

/** Every e-mail the platform sends, and the outbox pages (Ukrainian, not yet reviewed by a native speaker). */
export const mail = {
  'mail.greeting': 'Вітаємо, {name}!',
  'mail.signature': 'Команда Convivio',
  'mail.linkIntro': 'Якщо кнопка не працює, скопіюйте цю адресу у свій браузер:',
  'mail.unsubscribe': 'Ви отримуєте цей лист, бо зареєструвалися на подію. Припинити надсилання цих повідомлень: {url}',
  'mail.unsubscribeLink': 'Відписатися',
  'mail.agenda.waiting': '{line}: у списку очікування',

  'mail.verifyEmail.subject': 'Підтвердьте свою адресу електронної пошти для Convivio',
  'mail.verifyEmail.intro':
    'Дякуємо за реєстрацію. Підтвердьте, що ця адреса належить вам, щоб завершити створення облікового запису.',
  'mail.verifyEmail.action': 'Підтвердити мою адресу',
  'mail.verifyEmail.after':
    'Посилання діє один раз, протягом {hours} год. Якщо ви не реєструвалися, проігноруйте цей лист: без підтвердження обліковий запис не буде створено.',

  'mail.alreadyRegistered.subject': 'Хтось намагався зареєструватися з вашою адресою',
  'mail.alreadyRegistered.intro':
    'Хтось (можливо, ви) намагався зареєструватися в Convivio з цією адресою, для якої вже існує обліковий запис. Нічого не змінилося.',
  'mail.alreadyRegistered.action': 'Увійти',
  'mail.alreadyRegistered.after': 'Забули пароль? Запросіть новий за адресою {forgotUrl}',

  'mail.resetPassword.subject': 'Скидання пароля до Convivio',
  'mail.resetPassword.intro': 'Хтось (сподіваємося, ви) попросив скинути пароль вашого облікового запису.',
  'mail.resetPassword.action': 'Вибрати новий пароль',
  'mail.resetPassword.after':
    'Посилання діє один раз, протягом {hours} год. Якщо ви цього не просили, проігноруйте цей лист: ваш пароль залишиться без змін.',

  'mail.passwordChanged.subject': 'Ваш пароль до Convivio змінено',
  'mail.passwordChanged.intro': 'Пароль вашого облікового запису щойно змінено, а ваші інші сеанси завершено.',
  'mail.passwordChanged.after': 'Якщо це були не ви, негайно скиньте пароль: {forgotUrl}',

  'mail.confirmNewEmail.subject': 'Підтвердьте свою нову адресу електронної пошти для Convivio',
  'mail.confirmNewEmail.intro':
    'Ви попросили використовувати цю адресу для свого облікового запису Convivio. Підтвердьте, що вона належить вам.',
  'mail.confirmNewEmail.action': 'Використовувати цю адресу',
  'mail.confirmNewEmail.after':
    'Посилання діє один раз, протягом {hours} год. Якщо ви цього не просили, проігноруйте цей лист.',

  'mail.emailChanged.subject': 'Ваш обліковий запис Convivio має нову адресу електронної пошти',
  'mail.emailChanged.intro':
    'Ваш обліковий запис тепер використовує адресу {newEmail}; листи більше не надходитимуть на цю адресу, а входити слід із новою.',
  'mail.emailChanged.after': 'Якщо це були не ви, негайно повідомте адміністратора.',

  'mail.invitation.subject': 'Вас запрошено редагувати місто {city} на Convivio',
  'mail.invitation.intro':
    '{inviter} запрошує вас редагувати практики, профіль і зацікавлені сторони міста {city} на Convivio — спільному просторі, де європейські міста діляться практиками інтеграції.',
  'mail.invitation.action': 'Прийняти запрошення',
  'mail.invitation.after':
    'Посилання діє один раз, до {expires}. Якщо ім’я {inviter} вам незнайоме, проігноруйте цей лист.',

  'mail.registrationConfirmed.subject': 'Вас зареєстровано на подію «{event}»',
  'mail.registrationConfirmed.intro': 'Вашу реєстрацію на подію «{event}» ({dates}) підтверджено.',
  'mail.registrationConfirmed.action': 'Переглянути свою реєстрацію',
  'mail.registrationConfirmed.after':
    'Ви можете змінити свій вибір або скасувати участь на сторінці реєстрації, доки організатори її не закриють.',

  'mail.assignmentResult.subject': 'Ваші сесії на події «{event}»',
  'mail.assignmentResult.intro':
    'Організатори події «{event}» розподілили учасників між сесіями. Ваш розклад наведено нижче; його також додано як файл календаря.',
  'mail.assignmentResult.action': 'Переглянути свій розклад',
  'mail.assignmentResult.after': 'Розклад ще може змінитися; у такому разі вас буде повідомлено.',

  'mail.eventReminder.subject': 'Нагадування: подія «{event}» починається {when}',
  'mail.eventReminder.intro': 'Подія «{event}» починається {when} ({place}). Ваш розклад наведено нижче.',
  'mail.eventReminder.action': 'Переглянути свій розклад',
  'mail.eventReminder.after': 'Чекаємо на зустріч із вами.',

  'outbox.title': 'Вихідні',
  'outbox.intro':
    'Усі листи, які платформа надіслала або надіслала б. Без SMTP-сервера (SMTP_URL) повідомлення залишаються тут у черзі, тож посилання в них можна відкрити з цієї сторінки.',
  'outbox.smtp.on': 'Повідомлення надсилаються через налаштований SMTP-сервер.',
  'outbox.smtp.off': 'SMTP-сервер не налаштовано: повідомлення не надсилаються, а лише зберігаються тут.',
  'outbox.empty': 'Повідомлень ще немає.',
  'outbox.col.created': 'Створено',
  'outbox.col.to': 'Кому',
  'outbox.col.subject': 'Тема',
  'outbox.col.template': 'Вид',
  'outbox.col.state': 'Стан',
  'outbox.state.queued': 'у черзі',
  'outbox.state.sent': 'надіслано',
  'outbox.state.failed': 'помилка',
  'outbox.error': 'Помилка SMTP-сервера: {error}',
  'outbox.sentAt': 'Надіслано {when}',
  'outbox.text': 'Звичайний текст',
  'outbox.html': 'HTML',
  'outbox.headers': 'Заголовки',
  'outbox.attachments': 'Вкладення',
  'outbox.noAttachments': 'Немає',
  'outbox.back': 'Усі повідомлення',
  'outbox.older': 'Давніші повідомлення',
  'outbox.newer': 'Новіші повідомлення',

  'unsubscribe.title': 'Відписатися',
  'unsubscribe.question': 'Припинити надсилати «{category}» на адресу {email}?',
  'unsubscribe.button': 'Відписатися',
  'unsubscribe.done': 'Готово: на адресу {email} більше не надходитимуть «{category}».',
  'unsubscribe.invalid': 'Це посилання для відписки недійсне. Скопіюйте всю адресу з листа.',
  'unsubscribe.category.reminders': 'нагадування про події',
} satisfies Record<keyof typeof english, string>;

addMessages('uk', mail);
