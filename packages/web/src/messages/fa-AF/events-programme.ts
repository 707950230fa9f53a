import { addMessages } from '../../i18n.ts';
import type { eventsProgramme as english } from '../en/events-programme.ts';

/** Interface strings of the timetable, the session pages, the saved sessions and the ranking lists (Dari; machine-assisted, not reviewed by a native speaker). */
export const eventsProgramme = {
  'events.rank.hint':
    '{what} را به ترتیبی که ترجیح می‌دهید بگذارید، بهترین اول. دست کم {min} و حداکثر {max} را درجه‌بندی کنید، یا هیچ‌کدام را.',
  'events.rank.cornerHint': 'شما {rounds} پریزنتیشن را می‌شنوید، در هر دور یکی.',
  'events.rank.what.parallel': 'جلسات',
  'events.rank.what.corner': 'پریزنتیشن‌ها',
  'events.rank.numberHint': 'به هر موردی که می‌خواهید یک شماره بدهید، 1 برای بهترین، و بقیه را خالی بگذارید.',
  'events.rank.numberLabel': 'درجه',
  'events.rank.keysHint':
    'مواردی را که می‌خواهید نشانی کنید. ترتیب را با دکمه‌های جابجایی، با کلیدهای جهت روی دکمه جابجایی، یا با کشیدن دستگیره تغییر دهید.',
  'events.rank.number': 'درجه {title}',
  'events.rank.include': 'شامل کردن {title}',
  'events.rank.up': 'بالا بردن: {title}',
  'events.rank.down': 'پایین بردن: {title}',
  'events.rank.drag': 'برای تغییر ترتیب بکشید: {title}',
  'events.rank.moved': '{title}: اکنون انتخاب {n} از {count}.',
  'events.rank.included': '{title} به حیث انتخاب {n} از {count} شامل شد.',
  'events.rank.excluded': '{title} از درجه‌بندی شما بیرون شد.',
  'events.rank.top': '{title} از قبل اول است.',
  'events.rank.bottom': '{title} از قبل آخرین انتخاب شماست.',
  'events.rank.tooFew': '{point}: دست کم {min} {what} را درجه‌بندی کنید، یا هیچ‌کدام را (شما {count} را درجه‌بندی کردید).',
  'events.rank.tooMany': '{point}: حداکثر {max} {what} را درجه‌بندی کنید (شما {count} را درجه‌بندی کردید).',
  'events.rank.about': 'درباره این',
  'events.rank.noDescription': 'برنامه شرحی ارائه نمی‌کند.',
  'events.rank.notRanked': 'درجه‌بندی نشده',
  'events.rank.position': 'انتخاب {n}',
  'events.tt.noRoom': 'اتاق مشخص نشده',
  'events.tt.placeNoRoom': '{venue}، اتاق مشخص نشده',
  'events.tt.count': '{count} جلسه نشان داده شد.',
  'events.tt.countOne': '۱ جلسه نشان داده شد.',
  'events.tt.details': 'جزئیات',
  'events.filter.room': 'محل',
  'events.filter.roomNone': 'اتاق مشخص نشده',
  'events.filter.q': 'کلمه‌ها',
  'events.saved.add': 'افزودن به اجندای من',
  'events.saved.remove': 'برداشتن از اجندای من',
  'events.saved.in': 'در اجندای شما',
  'events.saved.added': '{title} به اجندای شما افزوده شد.',
  'events.saved.removed': '{title} از اجندای شما برداشته شد.',
  'events.saved.failed': 'اجندای شما تغییر داده نشد. دوباره کوشش کنید.',
  'events.saved.registerFirst': 'برای افزودن جلسات به اجندای خود، در رویداد ثبت‌نام کنید.',
  'events.saved.title': 'جلساتی که افزودید',
  'events.saved.lead':
    'جلساتی که از برنامه افزودید. افزودن یک جلسه چوکی رزرو نمی‌کند: چوکی‌ها در جلسات موازی از انتخاب‌های درجه‌بندی شده شما پیروی می‌کنند.',
  'events.saved.none': 'شما هنوز هیچ جلسه‌ای نیفزوده‌اید: از «افزودن به اجندای من» در برنامه استفاده کنید.',
  'events.session.breadcrumb': 'جلسه',
  'events.session.when': 'چه وقت',
  'events.session.where': 'کجا',
  'events.session.kind': 'نوع',
  'events.session.sameTime': 'در همان وقت',
  'events.session.people': 'اشخاص',
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', eventsProgramme);
