import { addMessages } from '../../i18n.ts';
import type { accounts as english } from '../en/accounts.ts';

/** Signing in and out, and the error pages (Dari, not yet reviewed by a native speaker). */
export const accounts = {
  'signIn.title': 'ورود',
  'signIn.intro':
    'ویراستاران شهرها و مدیران برای افزودن و ویرایش تجربه‌ها و معرفی‌نامهٔ شهر خود وارد می‌شوند. برای خواندن به حساب نیاز نیست.',
  'signIn.email': 'آدرس ایمیل',
  'signIn.password': 'رمز عبور',
  'signIn.button': 'ورود',
  'signIn.failed': 'آدرس ایمیل یا رمز عبور درست نیست.',
  'signIn.rateLimited': 'تلاش‌های زیاد: یک دقیقه صبر کنید و دوباره تلاش کنید.',
  'signIn.already': 'شما به نام {name} وارد شده‌اید.',
  'signIn.continue': 'ادامه',
  'error.badRequest.title': 'به این درخواست نمی‌توان پاسخ داد',
  'error.notFound.title': 'صفحه پیدا نشد',
  'error.notFound.text':
    'در این آدرس چیزی نیست. شاید صفحه جابه‌جا شده، از نشر برداشته شده یا آدرس نادرست نوشته شده باشد.',
  'error.forbidden.title': 'شما اجازهٔ این کار را ندارید',
  'error.forbidden.text':
    'حساب شما این اجازه را نمی‌دهد. ویراستاران شهرها تنها ریکاردهای شهر خود را می‌توانند تغییر دهند.',
  'error.rateLimited.title': 'تلاش‌های زیاد',
  'error.rateLimited.text': 'یک دقیقه صبر کنید و دوباره تلاش کنید.',
  'error.internal.title': 'مشکلی از طرف ما پیش آمد',
  'error.internal.text': 'این خطا ثبت شد. لطفاً بعداً دوباره تلاش کنید.',
  'error.detail': 'جزئیات: {message}',
  'error.home': 'رفتن به صفحهٔ اصلی',
  'error.search': 'جستجو در تجربه‌ها',
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', accounts);
