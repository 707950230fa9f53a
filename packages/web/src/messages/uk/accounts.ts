import { addMessages } from '../../i18n.ts';
import type { accounts as english } from '../en/accounts.ts';

/** Signing in and out, and the error pages (Ukrainian, not yet reviewed by a native speaker). */
export const accounts = {
  'signIn.title': 'Увійти',
  'signIn.intro':
    'Редактори міст і адміністратори входять, щоб додавати й редагувати практики та профіль свого міста. Для читання обліковий запис не потрібен.',
  'signIn.email': 'Електронна пошта',
  'signIn.password': 'Пароль',
  'signIn.button': 'Увійти',
  'signIn.failed': 'Електронна пошта або пароль неправильні.',
  'signIn.rateLimited': 'Забагато спроб: зачекайте хвилину і спробуйте знову.',
  'signIn.already': 'Ви увійшли як {name}.',
  'signIn.continue': 'Продовжити',
  'error.badRequest.title': 'На цей запит неможливо відповісти',
  'error.notFound.title': 'Сторінку не знайдено',
  'error.notFound.text':
    'За цією адресою нічого немає. Можливо, сторінку перенесли, зняли з публікації або адресу введено з помилкою.',
  'error.forbidden.title': 'Вам не дозволено це робити',
  'error.forbidden.text':
    'Ваш обліковий запис цього не дозволяє. Редактори міст можуть змінювати лише записи свого міста.',
  'error.rateLimited.title': 'Забагато спроб',
  'error.rateLimited.text': 'Зачекайте хвилину і спробуйте знову.',
  'error.internal.title': 'Щось пішло не так з нашого боку',
  'error.internal.text': 'Помилку записано. Спробуйте пізніше.',
  'error.detail': 'Подробиці: {message}',
  'error.home': 'Перейти на головну сторінку',
  'error.search': 'Пошук практик',
} satisfies Record<keyof typeof english, string>;

addMessages('uk', accounts);
