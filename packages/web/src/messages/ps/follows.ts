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
  'themes.title': 'موضوعات',
  'themes.lead':
    'د تجربو کتابتون موضوعات: یو یې پرانیزئ چې د هغه تجربې، فعال ښارونه او ننګونې یې وګورئ، او تعقیب یې کړئ.',
  'themes.caption': 'د تجربو موضوعات د خپرو شویو تجربو او ننګونو سره',
  'themes.theme': 'موضوع',
  'themes.practices': 'تجربې',
  'themes.challenges': 'ننګونې',
  'themes.practicesOf': 'تجربې ({count})',
  'themes.search': 'د دې موضوع په تجربو کې لټون',
  'themes.noPractices': 'تر اوسه پر دې موضوع هېڅ خپره شوې تجربه نشته.',
  'themes.cities': 'پر دې موضوع فعال ښارونه',
  'themes.cityPractices': '{count, plural, one {# تجربه} other {# تجربې}}',
  'themes.noCities': 'تر اوسه هېڅ ښار پر دې موضوع خپره شوې تجربه نه لري.',
  'themes.noChallenges': 'د طبقه بندۍ هېڅ ننګونه دا موضوع نه یادوي.',
} satisfies Record<keyof typeof english, string>;

addMessages('ps', follows);
