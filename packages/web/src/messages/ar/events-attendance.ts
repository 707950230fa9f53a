import { addMessages } from '../../i18n.ts';
import type { eventsAttendance as english } from '../en/events-attendance.ts';

/** Interface strings of check-in, attendance and calendar subscriptions (Arabic; machine-assisted, not reviewed by a native speaker). */
export const eventsAttendance = {
  'events.badges.qr': 'رمز تسجيل الحضور لـ {name}',
  'events.checkin.title': 'تسجيل الحضور: {event}',
  'events.checkin.lead':
    'امسح رمز QR على الشارة (يكتب الماسح الضوئي عبر USB أو الهاتف الرمز في الحقل ويضغط Enter)، أو اكتب الرمز، أو ابحث عن الشخص باسمه.',
  'events.checkin.where': 'تسجيل الحضور في',
  'events.checkin.wholeEvent': 'الفعالية (الوصول)',
  'events.checkin.change': 'تغيير',
  'events.checkin.code': 'رمز تسجيل الحضور',
  'events.checkin.codeHint': 'الرمز المطبوع تحت رمز QR على الشارة.',
  'events.checkin.submit': 'تسجيل الحضور',
  'events.checkin.camera': 'المسح بالكاميرا',
  'events.checkin.cameraStop': 'إيقاف الكاميرا',
  'events.checkin.cameraLabel': 'صورة الكاميرا لمسح شارة',
  'events.checkin.search': 'البحث بالاسم أو المنظمة',
  'events.checkin.find': 'بحث',
  'events.checkin.results': 'الأشخاص الذين عُثر عليهم: {count}',
  'events.checkin.noResults': 'لا يوجد مسجَّل يطابق «{query}».',
  'events.checkin.person': 'تسجيل حضور {name}',
  'events.checkin.already': 'سُجّل حضوره في {time}',
  'events.checkin.done': 'سُجّل الحضور: {name} ({role}).',
  'events.checkin.again': 'سُجّل حضور {name} هنا بالفعل في {time}؛ لم يتغير شيء.',
  'events.checkin.counts': 'الحضور المسجَّل حتى الآن',
  'events.checkin.session': 'الجلسة',
  'events.checkin.count': 'سجّلوا حضورهم',
  'events.checkin.eventCount': '{count} من أصل {registered} مسجَّلًا',
  'events.checkin.link': 'تسجيل الحضور والحضور',
  'events.feed.title': 'الاشتراك في جدول أعمالي: {event}',
  'events.feed.lead':
    'يمكن لتطبيق تقويم (Google Calendar أو Outlook أو Apple Calendar أو Thunderbird) الاشتراك في جدول أعمالك عبر عنوان سري وإبقاؤه محدَّثًا. يستطيع كل من يعرف العنوان قراءة جدول أعمالك: احتفظ به لنفسك، وألغِه إذا تسرّب.',
  'events.feed.none': 'ليس لديك عنوان اشتراك بعد.',
  'events.feed.exists':
    'لديك عنوان اشتراك أُنشئ في {date}. حرصًا على أمانك لا يُعرض إلا مرة واحدة: جدّده للحصول على عنوان جديد (ويتوقف القديم عن العمل).',
  'events.feed.created': 'عنوان اشتراكك الجديد (يُعرض الآن فقط؛ انسخه إلى تطبيق التقويم):',
  'events.feed.address': 'عنوان الاشتراك',
  'events.feed.copy': 'نسخ',
  'events.feed.copied': 'نُسخ.',
  'events.feed.create': 'إنشاء عنوان اشتراك',
  'events.feed.renew': 'تجديد العنوان',
  'events.feed.revoke': 'إلغاء العنوان',
  'events.feed.revoked': 'أُلغي عنوان الاشتراك: لم يعد يعمل.',
  'events.feed.link': 'الاشتراك في تطبيق تقويم',
} satisfies Record<keyof typeof english, string>;

addMessages('ar', eventsAttendance);
