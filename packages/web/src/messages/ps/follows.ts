import { addMessages } from '../../i18n.ts';
import type { follows as english } from '../en/follows.ts';

/** Interface strings of a person's follows and their digest (Pashto; machine-assisted, not reviewed by a native speaker). */
export const follows = {
  'follows.title': 'زما تعقیبونه',
  'follows.lead': 'ښارونه، موضوعګانې او ننګونې تعقیب کړئ، او دلته ولولئ چې ستاسو له وروستي لیدنې راهیسې څه بدل شوي.',
  'follows.follow': '{name} تعقیب کړئ',
  'follows.unfollow': 'د {name} تعقیب بند کړئ',
  'follows.following': 'تاسو {name} تعقیبوئ.',
  'follows.none': 'تاسو تر اوسه هېڅ نه تعقیبوئ.',
  'follows.kind.city': 'ښار',
  'follows.kind.theme': 'موضوع',
  'follows.kind.challenge': 'ننګونه',
  'follows.add': 'یوه موضوع یا ننګونه تعقیب کړئ',
  'follows.what': 'څه تعقیب کړو',
  'follows.digest': 'له {date} راهیسې څه بدل شوي',
  'follows.nothingNew': 'له هغه وخته په هغه څه کې چې تعقیبوئ یې هېڅ نوی شی نشته.',
  'follows.practiceNew': 'نوې کړنلاره: {name}',
  'follows.practiceUpdated': 'تازه شوې کړنلاره: {name}',
  'follows.assessment': 'په {cycle} کې د منشور ارزونه: {commitment}، {status}',
  'follows.eventNew': 'نوې پېښه: {name}، {date}',
  'follows.eventRegistration': 'نوم لیکنه پرانیستې ده: {name}، {date}',
  'follows.evidenceRun': 'د شاخصونو نوې پایلې: {name}',
  'follows.markRead': 'د لوستل شوي په توګه نښه کړئ',
  'follows.email': 'لنډیز د برېښنالیک له لارې',
  'follows.frequency.off': 'هېڅکله',
  'follows.frequency.weekly': 'اوونیز',
  'follows.saveEmail': 'خوندي کړئ',
  'follows.saved': 'خوندي شو.',
} satisfies Record<keyof typeof english, string>;

addMessages('ps', follows);
