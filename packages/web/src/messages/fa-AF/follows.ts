import { addMessages } from '../../i18n.ts';
import type { follows as english } from '../en/follows.ts';

/** Interface strings of a person's follows and their digest (Dari; machine-assisted, not reviewed by a native speaker). */
export const follows = {
  'follows.title': 'دنبال‌شده‌های من',
  'follows.lead': 'شهرها، موضوع‌ها و چالش‌ها را دنبال کنید و در اینجا بخوانید که از آخرین بازدید شما چه تغییر کرده است.',
  'follows.follow': 'دنبال کردن {name}',
  'follows.unfollow': 'توقف دنبال کردن {name}',
  'follows.following': 'شما {name} را دنبال می‌کنید.',
  'follows.none': 'هنوز چیزی را دنبال نمی‌کنید.',
  'follows.kind.city': 'شهر',
  'follows.kind.theme': 'موضوع',
  'follows.kind.challenge': 'چالش',
  'follows.add': 'دنبال کردن یک موضوع یا چالش',
  'follows.what': 'چه چیزی دنبال شود',
  'follows.digest': 'آنچه از {date} تغییر کرده است',
  'follows.nothingNew': 'از آن زمان در آنچه دنبال می‌کنید چیز تازه‌ای نیست.',
  'follows.practiceNew': 'روش تازه: {name}',
  'follows.practiceUpdated': 'روش به‌روزشده: {name}',
  'follows.assessment': 'ارزیابی منشور در {cycle}: {commitment}، {status}',
  'follows.eventNew': 'رویداد جدید: {name}، {date}',
  'follows.eventRegistration': 'ثبت‌نام باز است: {name}، {date}',
  'follows.evidenceRun': 'نتایج جدید شاخص‌ها: {name}',
  'follows.markRead': 'علامت‌گذاری به‌عنوان خوانده‌شده',
  'follows.email': 'خلاصه از راه ایمیل',
  'follows.frequency.off': 'هرگز',
  'follows.frequency.weekly': 'هفته‌وار',
  'follows.saveEmail': 'ذخیره',
  'follows.saved': 'ذخیره شد.',
  'themes.title': 'موضوع‌ها',
  'themes.lead':
    'موضوع‌های کتابخانهٔ تجربه‌ها: یکی را باز کنید تا تجربه‌ها، شهرهای فعال و چالش‌هایش را ببینید و آن را دنبال کنید.',
  'themes.caption': 'موضوع‌های تجربه‌ها با تجربه‌های نشرشده و چالش‌هایشان',
  'themes.theme': 'موضوع',
  'themes.practices': 'تجربه‌ها',
  'themes.challenges': 'چالش‌ها',
  'themes.practicesOf': 'تجربه‌ها ({count})',
  'themes.search': 'جستجو در تجربه‌های این موضوع',
  'themes.noPractices': 'هنوز هیچ تجربهٔ نشرشده‌ای در این موضوع نیست.',
  'themes.cities': 'شهرهای فعال در این موضوع',
  'themes.cityPractices': '{count, plural, one {# تجربه} other {# تجربه}}',
  'themes.noCities': 'هنوز هیچ شهری تجربهٔ نشرشده‌ای در این موضوع ندارد.',
  'themes.noChallenges': 'هیچ چالشی در طبقه‌بندی این موضوع را نام نمی‌برد.',
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', follows);
