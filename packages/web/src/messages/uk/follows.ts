import { addMessages } from '../../i18n.ts';
import type { follows as english } from '../en/follows.ts';

/** Interface strings of a person's follows and their digest (Ukrainian; machine-assisted, not reviewed by a native speaker). */
export const follows = {
  'follows.title': 'Мої підписки',
  'follows.lead': 'Стежте за містами, темами й викликами та читайте тут, що змінилося від вашого останнього візиту.',
  'follows.follow': 'Стежити: {name}',
  'follows.unfollow': 'Не стежити: {name}',
  'follows.following': 'Ви стежите: {name}.',
  'follows.none': 'Ви ще ні за чим не стежите.',
  'follows.kind.city': 'Місто',
  'follows.kind.theme': 'Тема',
  'follows.kind.challenge': 'Виклик',
  'follows.add': 'Стежити за темою чи викликом',
  'follows.what': 'За чим стежити',
  'follows.digest': 'Що змінилося від {date}',
  'follows.nothingNew': 'Відтоді нічого нового в тому, за чим ви стежите.',
  'follows.practiceNew': 'Нова практика: {name}',
  'follows.practiceUpdated': 'Оновлена практика: {name}',
  'follows.assessment': 'Оцінка хартії в {cycle}: {commitment}, {status}',
  'follows.eventNew': 'Нова подія: {name}, {date}',
  'follows.eventRegistration': 'Реєстрацію відкрито: {name}, {date}',
  'follows.evidenceRun': 'Нові результати показників: {name}',
  'follows.markRead': 'Позначити як прочитане',
  'follows.email': 'Підсумок електронною поштою',
  'follows.frequency.off': 'Ніколи',
  'follows.frequency.weekly': 'Щотижня',
  'follows.saveEmail': 'Зберегти',
  'follows.saved': 'Збережено.',
  'themes.title': 'Теми',
  'themes.lead':
    'Теми бібліотеки практик: відкрийте тему, щоб побачити її практики, активні міста та виклики, і стежити за нею.',
  'themes.caption': 'Теми практик з опублікованими практиками та викликами',
  'themes.theme': 'Тема',
  'themes.practices': 'Практики',
  'themes.challenges': 'Виклики',
  'themes.practicesOf': 'Практики ({count})',
  'themes.search': 'Шукати практики цієї теми',
  'themes.noPractices': 'Ще немає опублікованих практик на цю тему.',
  'themes.cities': 'Міста, активні в цій темі',
  'themes.cityPractices': '{count, plural, one {# практика} few {# практики} many {# практик} other {# практики}}',
  'themes.noCities': 'Ще жодне місто не має опублікованої практики на цю тему.',
  'themes.noChallenges': 'Жоден виклик таксономії не згадує цю тему.',
} satisfies Record<keyof typeof english, string>;

addMessages('uk', follows);
