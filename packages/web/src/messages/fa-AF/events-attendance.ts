import { addMessages } from '../../i18n.ts';
import type { eventsAttendance as english } from '../en/events-attendance.ts';

/** Interface strings of check-in, attendance and calendar subscriptions (Dari; machine-assisted, not reviewed by a native speaker). */
export const eventsAttendance = {
  'events.badges.qr': 'کود حاضری {name}',
  'events.checkin.title': 'ثبت حاضری: {event}',
  'events.checkin.lead':
    'کود QR روی کارت شناسایی را اسکن کنید (اسکنر USB یا تلفون کود را در ساحه می‌نویسد و Enter را فشار می‌دهد)، کود را تایپ کنید، یا شخص را با نامش پیدا کنید.',
  'events.checkin.where': 'ثبت حاضری در',
  'events.checkin.wholeEvent': 'رویداد (رسیدن)',
  'events.checkin.change': 'تغییر',
  'events.checkin.code': 'کود حاضری',
  'events.checkin.codeHint': 'کودی که زیر کود QR روی کارت شناسایی چاپ شده است.',
  'events.checkin.submit': 'ثبت حاضری',
  'events.checkin.camera': 'اسکن با کمره',
  'events.checkin.cameraStop': 'توقف کمره',
  'events.checkin.cameraLabel': 'تصویر کمره برای اسکن کارت شناسایی',
  'events.checkin.search': 'جستجو با نام یا سازمان',
  'events.checkin.find': 'پیدا کردن',
  'events.checkin.results': 'اشخاص پیدا شده: {count}',
  'events.checkin.noResults': 'هیچ ثبت‌نام‌شده‌ای با «{query}» مطابقت ندارد.',
  'events.checkin.person': 'ثبت حاضری {name}',
  'events.checkin.already': 'حاضری در {time} ثبت شده',
  'events.checkin.done': 'حاضری ثبت شد: {name} ({role}).',
  'events.checkin.again': 'حاضری {name} قبلاً در {time} اینجا ثبت شده بود؛ چیزی تغییر نکرد.',
  'events.checkin.counts': 'حاضری‌های ثبت شده تا حال',
  'events.checkin.session': 'جلسه',
  'events.checkin.count': 'حاضر',
  'events.checkin.eventCount': '{count} از {registered} ثبت‌نام‌شده',
  'events.checkin.link': 'ثبت حاضری و حضور',
  'events.feed.title': 'اشتراک در اجندای من: {event}',
  'events.feed.lead':
    'یک برنامه تقویم (Google Calendar، Outlook، Apple Calendar، Thunderbird) می‌تواند از طریق یک آدرس محرم در اجندای شما اشتراک کند و آن را به‌روز نگه دارد. هر کسی که آدرس را بداند می‌تواند اجندای شما را بخواند: آن را نزد خود نگه دارید، و اگر افشا شد آن را لغو کنید.',
  'events.feed.none': 'شما هنوز آدرس اشتراک ندارید.',
  'events.feed.exists':
    'شما یک آدرس اشتراک دارید که در {date} ساخته شده است. برای امنیت شما تنها یک بار نشان داده می‌شود: برای گرفتن آدرس تازه آن را تجدید کنید (آدرس قدیمی کار نمی‌کند).',
  'events.feed.created': 'آدرس اشتراک تازه شما (تنها اکنون نشان داده می‌شود؛ آن را در برنامه تقویم خود کاپی کنید):',
  'events.feed.address': 'آدرس اشتراک',
  'events.feed.copy': 'کاپی',
  'events.feed.copied': 'کاپی شد.',
  'events.feed.create': 'ساختن آدرس اشتراک',
  'events.feed.renew': 'تجدید آدرس',
  'events.feed.revoke': 'لغو آدرس',
  'events.feed.revoked': 'آدرس اشتراک لغو شد: دیگر کار نمی‌کند.',
  'events.feed.link': 'اشتراک در یک برنامه تقویم',
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', eventsAttendance);
