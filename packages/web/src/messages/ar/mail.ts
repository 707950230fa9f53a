import { addMessages } from '../../i18n.ts';
import type { mail as english } from '../en/mail.ts';

/** Every e-mail the platform sends, and the outbox pages (Arabic, not yet reviewed by a native speaker). */
export const mail = {
  'mail.greeting': 'مرحبًا {name}،',
  'mail.signature': 'فريق Convivio',
  'mail.linkIntro': 'إذا لم يعمل الزر، فانسخ هذا العنوان إلى متصفحك:',
  'mail.unsubscribe': 'تصلك هذه الرسالة لأنك سجّلت في فعالية. لإيقاف هذه الرسائل: {url}',
  'mail.unsubscribeLink': 'إلغاء الاشتراك',
  'mail.agenda.waiting': '{line}: على قائمة الانتظار',

  'mail.verifyEmail.subject': 'أكّد عنوان بريدك الإلكتروني لدى Convivio',
  'mail.verifyEmail.intro': 'شكرًا لتسجيلك. يُرجى تأكيد أن هذا العنوان يخصّك لإتمام إنشاء حسابك.',
  'mail.verifyEmail.action': 'تأكيد عنواني',
  'mail.verifyEmail.after':
    'يعمل الرابط مرة واحدة فقط، لمدة {hours} ساعة. إذا لم تكن قد سجّلت، فتجاهل هذه الرسالة: لا يُنشأ أي حساب من دون تأكيد.',

  'mail.alreadyRegistered.subject': 'حاول شخص ما التسجيل بعنوانك',
  'mail.alreadyRegistered.intro':
    'حاول شخص ما (ربما أنت) التسجيل في Convivio بهذا العنوان، وله حساب بالفعل. لم يتغير شيء.',
  'mail.alreadyRegistered.action': 'تسجيل الدخول',
  'mail.alreadyRegistered.after': 'هل نسيت كلمة المرور؟ اطلب كلمة جديدة على {forgotUrl}',

  'mail.resetPassword.subject': 'إعادة تعيين كلمة المرور في Convivio',
  'mail.resetPassword.intro': 'طلب شخص ما (نأمل أن تكون أنت) إعادة تعيين كلمة مرور حسابك.',
  'mail.resetPassword.action': 'اختيار كلمة مرور جديدة',
  'mail.resetPassword.after':
    'يعمل الرابط مرة واحدة فقط، لمدة {hours} ساعة. إذا لم تطلب ذلك، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.',

  'mail.passwordChanged.subject': 'تم تغيير كلمة مرورك في Convivio',
  'mail.passwordChanged.intro': 'تم للتو تغيير كلمة مرور حسابك، وأُنهيت جلساتك الأخرى.',
  'mail.passwordChanged.after': 'إذا لم تكن أنت من فعل ذلك، فأعد تعيين كلمة مرورك فورًا: {forgotUrl}',

  'mail.confirmNewEmail.subject': 'أكّد عنوان بريدك الإلكتروني الجديد لدى Convivio',
  'mail.confirmNewEmail.intro': 'طلبت استخدام هذا العنوان لحسابك في Convivio. يُرجى تأكيد أنه يخصّك.',
  'mail.confirmNewEmail.action': 'استخدام هذا العنوان',
  'mail.confirmNewEmail.after': 'يعمل الرابط مرة واحدة فقط، لمدة {hours} ساعة. إذا لم تطلب ذلك، فتجاهل هذه الرسالة.',

  'mail.emailChanged.subject': 'لحسابك في Convivio عنوان بريد إلكتروني جديد',
  'mail.emailChanged.intro':
    'يستخدم حسابك الآن العنوان {newEmail}؛ لم تعد الرسائل تصل إلى هذا العنوان، وتسجّل الدخول بالعنوان الجديد.',
  'mail.emailChanged.after': 'إذا لم تكن أنت من فعل ذلك، فأبلغ أحد المسؤولين فورًا.',

  'mail.invitation.subject': 'أنت مدعو إلى تحرير {city} على Convivio',
  'mail.invitation.intro':
    'يدعوك {inviter} إلى تحرير ممارسات {city} وملفها وأصحاب المصلحة فيها على Convivio، الفضاء المشترك الذي تتبادل فيه المدن الأوروبية ممارسات الإدماج.',
  'mail.invitation.action': 'قبول الدعوة',
  'mail.invitation.after': 'يعمل الرابط مرة واحدة فقط، حتى {expires}. إذا كنت لا تعرف {inviter}، فتجاهل هذه الرسالة.',

  'mail.registrationConfirmed.subject': 'أنت مسجَّل في {event}',
  'mail.registrationConfirmed.intro': 'تم تأكيد تسجيلك في {event} ({dates}).',
  'mail.registrationConfirmed.action': 'عرض تسجيلك',
  'mail.registrationConfirmed.after': 'يمكنك تغيير اختياراتك أو سحب تسجيلك من صفحة التسجيل إلى أن يغلقها المنظمون.',

  'mail.assignmentResult.subject': 'جلساتك في {event}',
  'mail.assignmentResult.intro':
    'وزّع منظمو {event} المشاركين على الجلسات. تجد جدول أعمالك أدناه، وهو مرفق أيضًا بوصفه ملف تقويم.',
  'mail.assignmentResult.action': 'عرض جدول أعمالك',
  'mail.assignmentResult.after': 'قد يتغير جدول الأعمال؛ وسنبلغك إن حدث ذلك.',

  'mail.eventReminder.subject': 'تذكير: تبدأ {event} {when}',
  'mail.eventReminder.intro': 'تبدأ {event} {when} ({place}). تجد جدول أعمالك أدناه.',
  'mail.eventReminder.action': 'عرض جدول أعمالك',
  'mail.eventReminder.after': 'نتطلع إلى لقائك.',

  'outbox.title': 'صندوق الصادر',
  'outbox.intro':
    'كل رسالة بريد إلكتروني أرسلتها المنصة أو كانت سترسلها. من دون خادم SMTP (SMTP_URL) تبقى الرسائل هنا في قائمة الانتظار، بحيث يمكن فتح الروابط التي تحملها من هذه الصفحة.',
  'outbox.smtp.on': 'تُرسل الرسائل عبر خادم SMTP المُعدّ.',
  'outbox.smtp.off': 'لم يُعدّ أي خادم SMTP: لا تُرسل الرسائل، بل تُحفظ هنا فقط.',
  'outbox.empty': 'لا توجد رسائل بعد.',
  'outbox.col.created': 'تاريخ الإنشاء',
  'outbox.col.to': 'إلى',
  'outbox.col.subject': 'الموضوع',
  'outbox.col.template': 'النوع',
  'outbox.col.state': 'الحالة',
  'outbox.state.queued': 'في قائمة الانتظار',
  'outbox.state.sent': 'أُرسلت',
  'outbox.state.failed': 'فشلت',
  'outbox.error': 'خطأ من خادم SMTP: {error}',
  'outbox.sentAt': 'أُرسلت {when}',
  'outbox.text': 'نص عادي',
  'outbox.html': 'HTML',
  'outbox.headers': 'الترويسات',
  'outbox.attachments': 'المرفقات',
  'outbox.noAttachments': 'لا يوجد',
  'outbox.back': 'جميع الرسائل',
  'outbox.older': 'رسائل أقدم',
  'outbox.newer': 'رسائل أحدث',

  'unsubscribe.title': 'إلغاء الاشتراك',
  'unsubscribe.question': 'إيقاف إرسال {category} إلى {email}؟',
  'unsubscribe.button': 'إلغاء الاشتراك',
  'unsubscribe.done': 'تم: لن يتلقى {email} مزيدًا من {category}.',
  'unsubscribe.invalid': 'رابط إلغاء الاشتراك هذا غير صالح. انسخ العنوان كاملًا من الرسالة.',
  'unsubscribe.category.reminders': 'تذكيرات الفعاليات',
} satisfies Record<keyof typeof english, string>;

addMessages('ar', mail);
