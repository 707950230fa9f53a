import { addMessages } from '../../i18n.ts';
import type { mail as english } from '../en/mail.ts';

/** Every e-mail the platform sends, and the outbox pages (Dari, not yet reviewed by a native speaker). */
export const mail = {
  'mail.greeting': 'سلام {name}،',
  'mail.signature': 'تیم Convivio',
  'mail.linkIntro': 'اگر دکمه کار نکرد، این آدرس را در براوزر خود کاپی کنید:',
  'mail.unsubscribe': 'این پیام را به این دلیل دریافت می‌کنید که برای یک رویداد ثبت‌نام کرده‌اید. توقف این پیام‌ها: {url}',
  'mail.unsubscribeLink': 'لغو اشتراک',
  'mail.agenda.waiting': '{line}: در لست انتظار',

  'mail.verifyEmail.subject': 'آدرس ایمیل خود را برای Convivio تأیید کنید',
  'mail.verifyEmail.intro': 'از ثبت‌نام شما تشکر. لطفاً تأیید کنید که این آدرس از شماست تا ساختن حساب شما تکمیل شود.',
  'mail.verifyEmail.action': 'تأیید آدرس من',
  'mail.verifyEmail.after':
    'این لینک تنها یک بار و برای {hours} ساعت کار می‌کند. اگر شما ثبت‌نام نکرده‌اید، این پیام را نادیده بگیرید: بدون آن هیچ حسابی ساخته نمی‌شود.',

  'mail.alreadyRegistered.subject': 'کسی تلاش کرد با آدرس شما ثبت‌نام کند',
  'mail.alreadyRegistered.intro':
    'کسی (شاید خود شما) تلاش کرد با این آدرس در Convivio ثبت‌نام کند، در حالی که این آدرس از قبل حساب دارد. هیچ چیزی تغییر نکرده است.',
  'mail.alreadyRegistered.action': 'ورود',
  'mail.alreadyRegistered.after': 'رمز عبور خود را فراموش کرده‌اید؟ یک رمز جدید را از {forgotUrl} درخواست کنید',

  'mail.resetPassword.subject': 'تنظیم دوبارهٔ رمز عبور Convivio شما',
  'mail.resetPassword.intro': 'کسی (امیدواریم خود شما) درخواست کرده است که رمز عبور حساب شما دوباره تنظیم شود.',
  'mail.resetPassword.action': 'انتخاب رمز عبور جدید',
  'mail.resetPassword.after':
    'این لینک تنها یک بار و برای {hours} ساعت کار می‌کند. اگر شما آن را درخواست نکرده‌اید، این پیام را نادیده بگیرید: رمز عبور شما همان‌طور باقی می‌ماند.',

  'mail.passwordChanged.subject': 'رمز عبور Convivio شما تغییر کرد',
  'mail.passwordChanged.intro': 'رمز عبور حساب شما همین حالا تغییر کرد و جلسه‌های دیگر شما پایان یافتند.',
  'mail.passwordChanged.after': 'اگر این کار را شما نکرده‌اید، فوراً رمز عبور خود را دوباره تنظیم کنید: {forgotUrl}',

  'mail.confirmNewEmail.subject': 'آدرس ایمیل جدید خود را برای Convivio تأیید کنید',
  'mail.confirmNewEmail.intro':
    'شما درخواست کرده‌اید که این آدرس برای حساب Convivio شما به کار رود. لطفاً تأیید کنید که این آدرس از شماست.',
  'mail.confirmNewEmail.action': 'استفاده از این آدرس',
  'mail.confirmNewEmail.after':
    'این لینک تنها یک بار و برای {hours} ساعت کار می‌کند. اگر شما این را درخواست نکرده‌اید، این پیام را نادیده بگیرید.',

  'mail.emailChanged.subject': 'حساب Convivio شما آدرس ایمیل جدید دارد',
  'mail.emailChanged.intro':
    'حساب شما اکنون آدرس {newEmail} را به کار می‌برد؛ پیام‌ها دیگر به این آدرس نمی‌آیند و شما با آدرس جدید وارد می‌شوید.',
  'mail.emailChanged.after': 'اگر این کار را شما نکرده‌اید، فوراً به یک مدیر اطلاع دهید.',

  'mail.invitation.subject': 'شما برای ویرایش {city} در Convivio دعوت شده‌اید',
  'mail.invitation.intro':
    '{inviter} شما را دعوت می‌کند تا تجربه‌ها، معرفی‌نامه و جوانب ذی‌دخل {city} را در Convivio ویرایش کنید؛ فضای مشترکی که در آن شهرهای اروپایی تجربه‌های همپذیری را با هم شریک می‌سازند.',
  'mail.invitation.action': 'پذیرفتن دعوت',
  'mail.invitation.after':
    'این لینک تنها یک بار و تا {expires} کار می‌کند. اگر {inviter} را نمی‌شناسید، این پیام را نادیده بگیرید.',

  'mail.registrationConfirmed.subject': 'شما برای {event} ثبت‌نام شده‌اید',
  'mail.registrationConfirmed.intro': 'ثبت‌نام شما برای {event} ({dates}) تأیید شد.',
  'mail.registrationConfirmed.action': 'دیدن ثبت‌نام شما',
  'mail.registrationConfirmed.after':
    'تا زمانی که برگزارکنندگان صفحهٔ ثبت‌نام را نبسته‌اند، می‌توانید از همان صفحه انتخاب‌های خود را تغییر دهید یا از ثبت‌نام انصراف کنید.',

  'mail.assignmentResult.subject': 'جلسات شما در {event}',
  'mail.assignmentResult.intro':
    'برگزارکنندگان {event} اشتراک‌کنندگان را به جلسات تقسیم کرده‌اند. اجندای شما در پایین آمده است؛ همچنان به شکل فایل تقویم ضمیمه شده است.',
  'mail.assignmentResult.action': 'دیدن اجندای شما',
  'mail.assignmentResult.after': 'اجندا هنوز ممکن است تغییر کند؛ اگر تغییر کرد، به شما اطلاع داده می‌شود.',

  'mail.eventReminder.subject': 'یادآوری: {event} {when} آغاز می‌شود',
  'mail.eventReminder.intro': '{event} {when} ({place}) آغاز می‌شود. اجندای شما در پایین آمده است.',
  'mail.eventReminder.action': 'دیدن اجندای شما',
  'mail.eventReminder.after': 'منتظر دیدار شما هستیم.',

  'outbox.title': 'صندوق ارسال',
  'outbox.intro':
    'هر ایمیلی که پلتفورم فرستاده یا می‌فرستاد. بدون سرور SMTP (SMTP_URL) پیام‌ها به حالت در انتظار این‌جا می‌مانند، تا لینک‌های آن‌ها از همین صفحه باز شوند.',
  'outbox.smtp.on': 'پیام‌ها از طریق سرور SMTP تنظیم‌شده فرستاده می‌شوند.',
  'outbox.smtp.off': 'هیچ سرور SMTP تنظیم نشده است: پیام‌ها فرستاده نمی‌شوند، تنها این‌جا نگهداری می‌شوند.',
  'outbox.empty': 'هنوز هیچ پیامی نیست.',
  'outbox.col.created': 'ساخته شده',
  'outbox.col.to': 'به',
  'outbox.col.subject': 'موضوع',
  'outbox.col.template': 'نوع',
  'outbox.col.state': 'وضعیت',
  'outbox.state.queued': 'در انتظار',
  'outbox.state.sent': 'فرستاده شد',
  'outbox.state.failed': 'ناکام شد',
  'outbox.error': 'خطا از سرور SMTP: {error}',
  'outbox.sentAt': 'فرستاده شده {when}',
  'outbox.text': 'متن ساده',
  'outbox.html': 'HTML',
  'outbox.headers': 'سرخط‌ها',
  'outbox.attachments': 'ضمیمه‌ها',
  'outbox.noAttachments': 'هیچ',
  'outbox.back': 'همهٔ پیام‌ها',
  'outbox.older': 'پیام‌های قدیمی‌تر',
  'outbox.newer': 'پیام‌های جدیدتر',

  'unsubscribe.title': 'لغو اشتراک',
  'unsubscribe.question': 'فرستادن {category} به {email} متوقف شود؟',
  'unsubscribe.button': 'لغو اشتراک',
  'unsubscribe.done': 'انجام شد: {email} دیگر {category} دریافت نمی‌کند.',
  'unsubscribe.invalid': 'این لینک لغو اشتراک معتبر نیست. آدرس کامل را از پیام کاپی کنید.',
  'unsubscribe.category.reminders': 'یادآوری‌های رویداد',
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', mail);
