import { addMessages } from '../../i18n.ts';
import type { translations as english } from '../en/translations.ts';

/** Translations of record texts: the notice on a translated page and the translation form (Arabic, not yet reviewed by a native speaker). */
export const translations = {
  'translations.notice':
    'مترجم من الأصل ({language}) — {kind, select, machine {ترجمة آلية} other {ترجمها شخص}}، وليس النص الأصلي.',
  'translations.note': 'ملاحظة: {note}',
  'translations.by': 'الترجمة: {source}',
  'translations.readOriginal': 'اقرأ الأصل ({language})',
  'translations.readTranslation': 'اقرأ الترجمة ({language})',
  'translations.originalShown': 'أنت تقرأ الأصل ({language}).',
  'translations.translate': 'الترجمات',
  'translations.form.title': 'ترجمات {name}',
  'translations.form.intro':
    'ترجم نصوص هذا السجل إلى لغة أخرى. اترك الحقل فارغًا ليظهر فيه الأصل. يرى القرّاء أي النصوص مترجمة ويمكنهم دائمًا قراءة الأصل.',
  'translations.form.existing': 'الترجمات الموجودة',
  'translations.form.none': 'لا توجد ترجمات بعد.',
  'translations.form.edit': 'تعديل الترجمة ({language})',
  'translations.form.language': 'لغة الترجمة',
  'translations.form.kind': 'من قام بالترجمة',
  'translations.form.kind.human': 'شخص',
  'translations.form.kind.machine': 'آلة (ترجمة آلية)',
  'translations.form.source': 'ترجمها (شخص أو خدمة أو أداة)',
  'translations.form.note': 'ملاحظة للقرّاء',
  'translations.form.original': 'الأصل: {text}',
  'translations.form.save': 'حفظ الترجمة',
  'translations.form.delete': 'حذف هذه الترجمة',
  'translations.form.saved': 'تم حفظ الترجمة.',
  'translations.form.deleted': 'تم حذف الترجمة.',
  'translations.form.keyTakeawaysHint': 'خلاصة واحدة في كل سطر.',
} satisfies Record<keyof typeof english, string>;

addMessages('ar', translations);
