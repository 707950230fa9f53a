import { addMessages } from '../../i18n.ts';
import type { follows as english } from '../en/follows.ts';

/** Interface strings of a person's follows and their digest (Arabic; machine-assisted, not reviewed by a native speaker). */
export const follows = {
  'follows.title': 'ما أتابعه',
  'follows.lead': 'تابع المدن والموضوعات والتحديات، واقرأ هنا ما تغيّر منذ زيارتك الأخيرة.',
  'follows.follow': 'متابعة {name}',
  'follows.unfollow': 'إيقاف متابعة {name}',
  'follows.following': 'أنت تتابع {name}.',
  'follows.none': 'لا تتابع أي شيء بعد.',
  'follows.kind.city': 'المدينة',
  'follows.kind.theme': 'الموضوع',
  'follows.kind.challenge': 'التحدي',
  'follows.add': 'متابعة موضوع أو تحدٍّ',
  'follows.what': 'ما الذي تتابعه',
  'follows.digest': 'ما تغيّر منذ {date}',
  'follows.nothingNew': 'لا جديد فيما تتابعه منذ ذلك الحين.',
  'follows.practiceNew': 'ممارسة جديدة: {name}',
  'follows.practiceUpdated': 'ممارسة محدّثة: {name}',
  'follows.assessment': 'تقييم الميثاق في {cycle}: {commitment}، {status}',
  'follows.eventNew': 'فعالية جديدة: {name}، {date}',
  'follows.eventRegistration': 'التسجيل مفتوح: {name}، {date}',
  'follows.evidenceRun': 'نتائج مؤشرات جديدة: {name}',
  'follows.markRead': 'تعليم كمقروء',
  'follows.email': 'الملخّص بالبريد الإلكتروني',
  'follows.frequency.off': 'أبدًا',
  'follows.frequency.weekly': 'أسبوعيًا',
  'follows.saveEmail': 'حفظ',
  'follows.saved': 'تم الحفظ.',
  'themes.title': 'المواضيع',
  'themes.lead': 'مواضيع مكتبة الممارسات: افتح موضوعًا لترى ممارساته والمدن النشطة فيه وتحدياته، وتابعه.',
  'themes.caption': 'مواضيع الممارسات مع ممارساتها المنشورة وتحدياتها',
  'themes.theme': 'الموضوع',
  'themes.practices': 'الممارسات',
  'themes.challenges': 'التحديات',
  'themes.practicesOf': 'الممارسات ({count})',
  'themes.search': 'ابحث في ممارسات هذا الموضوع',
  'themes.noPractices': 'لا توجد ممارسة منشورة في هذا الموضوع بعد.',
  'themes.cities': 'المدن النشطة في هذا الموضوع',
  'themes.cityPractices':
    '{count, plural, zero {لا ممارسات} one {ممارسة واحدة} two {ممارستان} few {# ممارسات} many {# ممارسة} other {# ممارسة}}',
  'themes.noCities': 'لا توجد مدينة لديها ممارسة منشورة في هذا الموضوع بعد.',
  'themes.noChallenges': 'لا يذكر أي تحدٍّ في التصنيف هذا الموضوع.',
} satisfies Record<keyof typeof english, string>;

addMessages('ar', follows);
