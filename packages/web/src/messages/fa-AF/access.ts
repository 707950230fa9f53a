import { addMessages } from '../../i18n.ts';
import type { access as english } from '../en/access.ts';

/** Signing up, confirming an address, passwords, a new address, invitations (Dari, not yet reviewed by a native speaker). */
export const access = {
  'signUp.title': 'ثبت‌نام',
  'signUp.intro':
    'هر کس بدون حساب می‌تواند بخواند. با حساب می‌توانید برای رویدادها ثبت‌نام کنید؛ ویراستاران شهرها از سوی شهر خود یا یک مدیر دعوت می‌شوند.',
  'signUp.name': 'نام شما',
  'signUp.email': 'آدرس ایمیل',
  'signUp.password': 'رمز عبور',
  'signUp.passwordHint': 'دست‌کم 10 حرف و دشوار برای حدس زدن: یک عبارت رمز از چهار کلمهٔ بی‌ربط یا بیشتر خوب کار می‌کند.',
  'signUp.button': 'ثبت‌نام',
  'signUp.haveAccount': 'از قبل حساب دارید؟ وارد شوید',
  'signUp.sent.title': 'صندوق ایمیل خود را ببینید',
  'signUp.rateLimited': 'درخواست‌های زیاد: یک دقیقه صبر کنید و دوباره تلاش کنید.',
  'signIn.noAccount': 'هنوز حساب ندارید؟ ثبت‌نام کنید',
  'signIn.forgot': 'رمز عبور خود را فراموش کرده‌اید؟',
  'signIn.unverified':
    'نخست آدرس ایمیل خود را تأیید کنید: لینکی را که به آن فرستادیم باز کنید. ثبت‌نام دوباره یک لینک جدید می‌فرستد.',

  'verify.title': 'تأیید آدرس ایمیل شما',
  'verify.intro': 'تأیید کنید که {email} آدرس شماست تا ساختن حساب شما تکمیل شود.',
  'verify.button': 'تأیید آدرس من',
  'verify.done.title': 'آدرس شما تأیید شد',
  'verify.done.text': 'تشکر: {email} تأیید شد. اکنون می‌توانید وارد شوید.',
  'verify.signIn': 'ورود',

  'link.failed.title': 'این لینک کار نمی‌کند',

  'forgot.title': 'رمز عبور خود را فراموش کرده‌اید',
  'forgot.intro': 'آدرس حساب خود را بنویسید: ما یک لینک برای انتخاب رمز عبور جدید می‌فرستیم.',
  'forgot.email': 'آدرس ایمیل',
  'forgot.button': 'فرستادن لینک',
  'forgot.sent.title': 'صندوق ایمیل خود را ببینید',

  'reset.title': 'انتخاب رمز عبور جدید',
  'reset.password': 'رمز عبور جدید',
  'reset.button': 'ذخیرهٔ رمز عبور جدید',
  'reset.done.title': 'رمز عبور شما تغییر کرد',
  'reset.done.text': 'با رمز عبور جدید خود وارد شوید. شما از همه جاهای دیگر خارج شدید.',

  'accountPassword.title': 'تغییر رمز عبور شما',
  'accountPassword.current': 'رمز عبور فعلی',
  'accountPassword.password': 'رمز عبور جدید',
  'accountPassword.button': 'تغییر رمز عبور',
  'accountPassword.done': 'رمز عبور شما تغییر کرد. شما از همه جاهای دیگر خارج شدید.',

  'accountEmail.title': 'تغییر آدرس ایمیل شما',
  'accountEmail.intro':
    'آدرس فعلی شما {email} است. این آدرس زمانی تغییر می‌کند که لینکی را که به آدرس جدید می‌فرستیم باز کنید.',
  'accountEmail.email': 'آدرس ایمیل جدید',
  'accountEmail.current': 'رمز عبور فعلی',
  'accountEmail.button': 'فرستادن لینک تأیید',
  'accountEmail.confirm.title': 'استفاده از آدرس جدید شما',
  'accountEmail.confirm.intro': 'از این پس {email} را به حیث آدرس حساب خود به کار ببرید.',
  'accountEmail.confirm.button': 'استفاده از این آدرس',
  'accountEmail.done.title': 'آدرس شما تغییر کرد',
  'accountEmail.done.text': 'حساب شما اکنون {email} را به کار می‌برد. از این پس با آن وارد شوید.',

  'account.links': 'حساب شما',
  'account.password': 'تغییر رمز عبور شما',
  'account.invitations': 'دعوت از ویراستاران',

  'invitation.title': 'پیوستن به {city} به حیث ویراستار',
  'invitation.intro': 'شما با آدرس {email} برای ویرایش تجربه‌ها، معرفی‌نامه و جوانب ذی‌دخل {city} دعوت شده‌اید.',
  'invitation.existing': 'حساب شما {email} ویراستار {city} خواهد شد.',
  'invitation.name': 'نام شما',
  'invitation.password': 'رمز عبور',
  'invitation.button': 'پذیرفتن دعوت',
  'invitation.done.title': 'به {city} خوش آمدید',
  'invitation.done.created': 'حساب شما آماده است: با {email} وارد شوید.',
  'invitation.done.attached': 'حساب شما {email} اکنون {city} را ویرایش می‌کند.',

  'invitations.title': 'دعوت از ویراستاران',
  'invitations.intro':
    'دعوت لینکی است که با ایمیل فرستاده می‌شود. تنها یک بار و برای 7 روز کار می‌کند، و دارندهٔ آن را ویراستار شهر می‌سازد (با یک حساب جدید، یا با حساب موجود همان آدرس).',
  'invitations.email': 'آدرس ایمیل',
  'invitations.city': 'شهر',
  'invitations.language': 'زبان دعوت‌نامه',
  'invitations.button': 'فرستادن دعوت',
  'invitations.sent': 'دعوت به {email} در راه است.',
  'invitations.revoked': 'دعوت پس گرفته شد.',
  'invitations.list': 'دعوت‌ها',
  'invitations.none': 'هنوز هیچ دعوتی نیست.',
  'invitations.col.email': 'دعوت‌شده',
  'invitations.col.city': 'شهر',
  'invitations.col.by': 'از سوی',
  'invitations.col.state': 'وضعیت',
  'invitations.col.expires': 'لینک کار می‌کند تا',
  'invitations.revoke': 'پس گرفتن',
  'invitations.revokeLabel': 'پس گرفتن دعوت {email}',
  'invitations.state.pending': 'در انتظار',
  'invitations.state.accepted': 'پذیرفته شده',
  'invitations.state.revoked': 'پس گرفته شده',
  'invitations.state.expired': 'منقضی شده',
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', access);
