import { addMessages } from '../../i18n.ts';
import type { access as english } from '../en/access.ts';

/** Signing up, confirming an address, passwords, a new address, invitations (Arabic, not yet reviewed by a native speaker). */
export const access = {
  'signUp.title': 'إنشاء حساب',
  'signUp.intro':
    'يمكن لأي شخص القراءة من دون حساب. أما بالحساب فيمكنك التسجيل في الفعاليات؛ أما محررو المدن فتدعوهم مدينتهم أو أحد المسؤولين.',
  'signUp.name': 'اسمك',
  'signUp.email': 'البريد الإلكتروني',
  'signUp.password': 'كلمة المرور',
  'signUp.passwordHint': '10 أحرف على الأقل ويصعب تخمينها: عبارة مرور من أربع كلمات غير مترابطة أو أكثر خيار جيد.',
  'signUp.button': 'إنشاء حساب',
  'signUp.haveAccount': 'لديك حساب بالفعل؟ سجّل الدخول',
  'signUp.sent.title': 'تحقق من بريدك الوارد',
  'signUp.rateLimited': 'طلبات كثيرة جدًا: انتظر دقيقة ثم حاول مرة أخرى.',
  'signIn.noAccount': 'ليس لديك حساب بعد؟ أنشئ حسابًا',
  'signIn.forgot': 'هل نسيت كلمة المرور؟',
  'signIn.unverified':
    'أكّد عنوان بريدك الإلكتروني أولًا: افتح الرابط الذي أرسلناه إليه. يؤدي التسجيل مرة أخرى إلى إرسال رابط جديد.',

  'verify.title': 'تأكيد عنوان بريدك الإلكتروني',
  'verify.intro': 'أكّد أن {email} هو عنوانك لإتمام إنشاء حسابك.',
  'verify.button': 'تأكيد عنواني',
  'verify.done.title': 'تم تأكيد عنوانك',
  'verify.done.text': 'شكرًا لك: تم تأكيد {email}. يمكنك تسجيل الدخول الآن.',
  'verify.signIn': 'تسجيل الدخول',

  'link.failed.title': 'هذا الرابط لا يعمل',

  'forgot.title': 'نسيت كلمة المرور',
  'forgot.intro': 'أدخل عنوان حسابك: سنرسل إليه رابطًا لاختيار كلمة مرور جديدة.',
  'forgot.email': 'البريد الإلكتروني',
  'forgot.button': 'إرسال الرابط',
  'forgot.sent.title': 'تحقق من بريدك الوارد',

  'reset.title': 'اختيار كلمة مرور جديدة',
  'reset.password': 'كلمة المرور الجديدة',
  'reset.button': 'حفظ كلمة المرور الجديدة',
  'reset.done.title': 'تم تغيير كلمة مرورك',
  'reset.done.text': 'سجّل الدخول بكلمة مرورك الجديدة. سُجّل خروجك من جميع الأماكن الأخرى.',

  'accountPassword.title': 'تغيير كلمة المرور',
  'accountPassword.current': 'كلمة المرور الحالية',
  'accountPassword.password': 'كلمة المرور الجديدة',
  'accountPassword.button': 'تغيير كلمة المرور',
  'accountPassword.done': 'تم تغيير كلمة مرورك. سُجّل خروجك من جميع الأماكن الأخرى.',

  'accountEmail.title': 'تغيير عنوان بريدك الإلكتروني',
  'accountEmail.intro': 'عنوانك الحالي هو {email}. يتغير عندما تفتح الرابط الذي نرسله إلى العنوان الجديد.',
  'accountEmail.email': 'عنوان البريد الإلكتروني الجديد',
  'accountEmail.current': 'كلمة المرور الحالية',
  'accountEmail.button': 'إرسال رابط التأكيد',
  'accountEmail.confirm.title': 'استخدام عنوانك الجديد',
  'accountEmail.confirm.intro': 'استخدام {email} عنوانًا لحسابك من الآن فصاعدًا.',
  'accountEmail.confirm.button': 'استخدام هذا العنوان',
  'accountEmail.done.title': 'تم تغيير عنوانك',
  'accountEmail.done.text': 'يستخدم حسابك الآن {email}. سجّل الدخول به من الآن فصاعدًا.',

  'account.links': 'حسابك',
  'account.password': 'تغيير كلمة المرور',
  'account.invitations': 'دعوة محررين',

  'invitation.title': 'الانضمام إلى {city} بصفة محرر',
  'invitation.intro': 'دُعيت إلى تحرير ممارسات {city} وملفها وأصحاب المصلحة فيها بالعنوان {email}.',
  'invitation.existing': 'سيصبح حسابك {email} محررًا لـ {city}.',
  'invitation.name': 'اسمك',
  'invitation.password': 'كلمة المرور',
  'invitation.button': 'قبول الدعوة',
  'invitation.done.title': 'مرحبًا بك في {city}',
  'invitation.done.created': 'حسابك جاهز: سجّل الدخول بالعنوان {email}.',
  'invitation.done.attached': 'أصبح حسابك {email} يحرّر الآن {city}.',

  'invitations.title': 'دعوة محررين',
  'invitations.intro':
    'الدعوة رابط يُرسل بالبريد الإلكتروني. يعمل مرة واحدة، لمدة 7 أيام، ويجعل صاحبه محررًا للمدينة (بحساب جديد، أو بالحساب الموجود لهذا العنوان).',
  'invitations.email': 'البريد الإلكتروني',
  'invitations.city': 'المدينة',
  'invitations.language': 'لغة الدعوة',
  'invitations.button': 'إرسال الدعوة',
  'invitations.sent': 'الدعوة في طريقها إلى {email}.',
  'invitations.revoked': 'سُحبت الدعوة.',
  'invitations.list': 'الدعوات',
  'invitations.none': 'لا توجد دعوات بعد.',
  'invitations.col.email': 'المدعو',
  'invitations.col.city': 'المدينة',
  'invitations.col.by': 'من',
  'invitations.col.state': 'الحالة',
  'invitations.col.expires': 'يعمل الرابط حتى',
  'invitations.revoke': 'سحب',
  'invitations.revokeLabel': 'سحب دعوة {email}',
  'invitations.state.pending': 'معلّقة',
  'invitations.state.accepted': 'مقبولة',
  'invitations.state.revoked': 'مسحوبة',
  'invitations.state.expired': 'منتهية الصلاحية',
} satisfies Record<keyof typeof english, string>;

addMessages('ar', access);
