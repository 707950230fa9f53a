import { addMessages } from '../../i18n.ts';
import type { translations as english } from '../en/translations.ts';

/** Translations of record texts: the notice on a translated page and the translation form (Dari, not yet reviewed by a native speaker). */
export const translations = {
  'translations.notice':
    'ترجمه شده از اصل ({language}) — {kind, select, machine {ترجمهٔ ماشینی} other {ترجمه توسط یک شخص}}، متن اصلی نیست.',
  'translations.note': 'یادداشت: {note}',
  'translations.by': 'ترجمه توسط: {source}',
  'translations.readOriginal': 'خواندن متن اصلی ({language})',
  'translations.readTranslation': 'خواندن ترجمه ({language})',
  'translations.originalShown': 'شما متن اصلی را می‌خوانید ({language}).',
  'translations.translate': 'ترجمه‌ها',
  'translations.form.title': 'ترجمه‌های {name}',
  'translations.form.intro':
    'متن‌های این ثبت را به زبان دیگری ترجمه کنید. یک خانه را خالی بگذارید تا متن اصلی در آن نشان داده شود. خوانندگان می‌بینند کدام متن‌ها ترجمه شده‌اند و همیشه می‌توانند متن اصلی را بخوانند.',
  'translations.form.existing': 'ترجمه‌های موجود',
  'translations.form.none': 'هنوز ترجمه‌ای نیست.',
  'translations.form.edit': 'ویرایش ترجمه ({language})',
  'translations.form.language': 'زبان ترجمه',
  'translations.form.kind': 'چه کسی ترجمه کرد',
  'translations.form.kind.human': 'یک شخص',
  'translations.form.kind.machine': 'یک ماشین (ترجمهٔ خودکار)',
  'translations.form.source': 'ترجمه توسط (شخص، خدمت یا ابزار)',
  'translations.form.note': 'یادداشت برای خوانندگان',
  'translations.form.original': 'اصل: {text}',
  'translations.form.save': 'ذخیرهٔ ترجمه',
  'translations.form.delete': 'حذف این ترجمه',
  'translations.form.saved': 'ترجمه ذخیره شد.',
  'translations.form.deleted': 'ترجمه حذف شد.',
  'translations.form.keyTakeawaysHint': 'یک نتیجه در هر سطر.',
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', translations);
