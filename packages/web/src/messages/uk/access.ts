import { addMessages } from '../../i18n.ts';
import type { access as english } from '../en/access.ts';

/** Signing up, confirming an address, passwords, a new address, invitations (Ukrainian, not yet reviewed by a native speaker). */
export const access = {
  'signUp.title': 'Реєстрація',
  'signUp.intro':
    'Читати може будь-хто без облікового запису. З ним ви можете реєструватися на події; редакторів міст запрошує їхнє місто або адміністратор.',
  'signUp.name': 'Ваше ім’я',
  'signUp.email': 'Електронна пошта',
  'signUp.password': 'Пароль',
  'signUp.passwordHint':
    'Щонайменше 10 символів, і його має бути важко вгадати: добре підходить фраза з чотирьох або більше не пов’язаних між собою слів.',
  'signUp.button': 'Зареєструватися',
  'signUp.haveAccount': 'Уже маєте обліковий запис? Увійдіть',
  'signUp.sent.title': 'Перевірте свою поштову скриньку',
  'signUp.rateLimited': 'Забагато запитів: зачекайте хвилину і спробуйте знову.',
  'signIn.noAccount': 'Ще не маєте облікового запису? Зареєструйтеся',
  'signIn.forgot': 'Забули пароль?',
  'signIn.unverified':
    'Спершу підтвердьте адресу електронної пошти: відкрийте посилання, яке ми на неї надіслали. Повторна реєстрація надсилає нове посилання.',

  'verify.title': 'Підтвердження адреси електронної пошти',
  'verify.intro': 'Підтвердьте, що {email} — ваша адреса, щоб завершити створення облікового запису.',
  'verify.button': 'Підтвердити мою адресу',
  'verify.done.title': 'Вашу адресу підтверджено',
  'verify.done.text': 'Дякуємо: адресу {email} підтверджено. Тепер ви можете увійти.',
  'verify.signIn': 'Увійти',

  'link.failed.title': 'Це посилання не працює',

  'forgot.title': 'Забули пароль',
  'forgot.intro': 'Вкажіть адресу свого облікового запису: ми надішлемо посилання, за яким можна вибрати новий пароль.',
  'forgot.email': 'Електронна пошта',
  'forgot.button': 'Надіслати посилання',
  'forgot.sent.title': 'Перевірте свою поштову скриньку',

  'reset.title': 'Вибір нового пароля',
  'reset.password': 'Новий пароль',
  'reset.button': 'Зберегти новий пароль',
  'reset.done.title': 'Ваш пароль змінено',
  'reset.done.text': 'Увійдіть із новим паролем. На всіх інших пристроях ви вийшли з системи.',

  'accountPassword.title': 'Зміна пароля',
  'accountPassword.current': 'Поточний пароль',
  'accountPassword.password': 'Новий пароль',
  'accountPassword.button': 'Змінити пароль',
  'accountPassword.done': 'Ваш пароль змінено. На всіх інших пристроях ви вийшли з системи.',

  'accountEmail.title': 'Зміна адреси електронної пошти',
  'accountEmail.intro':
    'Ваша поточна адреса — {email}. Вона зміниться, щойно ви відкриєте посилання, яке ми надішлемо на нову адресу.',
  'accountEmail.email': 'Нова адреса електронної пошти',
  'accountEmail.current': 'Поточний пароль',
  'accountEmail.button': 'Надіслати посилання для підтвердження',
  'accountEmail.confirm.title': 'Використання нової адреси',
  'accountEmail.confirm.intro': 'Відтепер використовувати {email} як адресу вашого облікового запису.',
  'accountEmail.confirm.button': 'Використовувати цю адресу',
  'accountEmail.done.title': 'Вашу адресу змінено',
  'accountEmail.done.text': 'Ваш обліковий запис тепер використовує {email}. Відтепер входьте з цією адресою.',

  'account.links': 'Ваш обліковий запис',
  'account.password': 'Змінити пароль',
  'account.invitations': 'Запросити редакторів',

  'invitation.title': 'Станьте редактором міста {city}',
  'invitation.intro': 'Вас запрошено редагувати практики, профіль і зацікавлені сторони міста {city} як {email}.',
  'invitation.existing': 'Ваш обліковий запис {email} стане обліковим записом редактора міста {city}.',
  'invitation.name': 'Ваше ім’я',
  'invitation.password': 'Пароль',
  'invitation.button': 'Прийняти запрошення',
  'invitation.done.title': 'Ласкаво просимо: {city}',
  'invitation.done.created': 'Ваш обліковий запис готовий: увійдіть як {email}.',
  'invitation.done.attached': 'Ваш обліковий запис {email} тепер редагує місто {city}.',

  'invitations.title': 'Запросити редакторів',
  'invitations.intro':
    'Запрошення — це посилання, надіслане електронною поштою. Воно діє один раз, протягом 7 днів, і робить адресата редактором міста (з новим обліковим записом або з наявним обліковим записом цієї адреси).',
  'invitations.email': 'Електронна пошта',
  'invitations.city': 'Місто',
  'invitations.language': 'Мова запрошення',
  'invitations.button': 'Надіслати запрошення',
  'invitations.sent': 'Запрошення надсилається на адресу {email}.',
  'invitations.revoked': 'Запрошення відкликано.',
  'invitations.list': 'Запрошення',
  'invitations.none': 'Запрошень ще немає.',
  'invitations.col.email': 'Кого запрошено',
  'invitations.col.city': 'Місто',
  'invitations.col.by': 'Хто запросив',
  'invitations.col.state': 'Стан',
  'invitations.col.expires': 'Посилання діє до',
  'invitations.revoke': 'Відкликати',
  'invitations.revokeLabel': 'Відкликати запрошення для {email}',
  'invitations.state.pending': 'очікує',
  'invitations.state.accepted': 'прийнято',
  'invitations.state.revoked': 'відкликано',
  'invitations.state.expired': 'термін дії минув',
} satisfies Record<keyof typeof english, string>;

addMessages('uk', access);
