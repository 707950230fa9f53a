import { addMessages } from '../../i18n.ts';
import type { accounts as english } from '../en/accounts.ts';

/** Signing in and out, and the error pages (Arabic, not yet reviewed by a native speaker). */
export const accounts = {
  'signIn.title': 'تسجيل الدخول',
  'signIn.intro': 'يسجّل محررو المدن والمسؤولون الدخول لإضافة ممارسات مدينتهم وملفها وتعديلها. القراءة لا تحتاج إلى حساب.',
  'signIn.email': 'البريد الإلكتروني',
  'signIn.password': 'كلمة المرور',
  'signIn.button': 'تسجيل الدخول',
  'signIn.failed': 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
  'signIn.rateLimited': 'محاولات كثيرة جدًا: انتظر دقيقة ثم حاول مرة أخرى.',
  'signIn.already': 'أنت مسجَّل الدخول باسم {name}.',
  'signIn.continue': 'متابعة',
  'error.badRequest.title': 'لا يمكن الرد على هذا الطلب',
  'error.notFound.title': 'الصفحة غير موجودة',
  'error.notFound.text': 'لا يوجد شيء على هذا العنوان. ربما نُقلت الصفحة أو أُلغي نشرها أو كُتب العنوان بشكل خاطئ.',
  'error.forbidden.title': 'لا يُسمح لك بهذا الإجراء',
  'error.forbidden.text': 'حسابك لا يسمح بذلك. لا يمكن لمحرري المدن تعديل سوى سجلات مدينتهم.',
  'error.rateLimited.title': 'محاولات كثيرة جدًا',
  'error.rateLimited.text': 'انتظر دقيقة ثم حاول مرة أخرى.',
  'error.internal.title': 'حدث خطأ من جهتنا',
  'error.internal.text': 'تم تسجيل الخطأ. يُرجى المحاولة لاحقًا.',
  'error.detail': 'التفاصيل: {message}',
  'error.home': 'الذهاب إلى الصفحة الرئيسية',
  'error.search': 'البحث في الممارسات',
} satisfies Record<keyof typeof english, string>;

addMessages('ar', accounts);
