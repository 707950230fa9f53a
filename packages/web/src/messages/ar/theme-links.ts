import { addMessages } from '../../i18n.ts';
import type { themeLinks as english } from '../en/theme-links.ts';

/** Events' sessions and policy labs linked to practice themes (Arabic; machine-assisted, not reviewed by a native speaker). */
export const themeLinks = {
  'themes.events': 'الفعاليات والجلسات',
  'themes.sessionOn': '{kind}، {date}',
  'themes.noEvents': 'لا توجد بعد فعالية منشورة فيها جلسة حول هذا الموضوع.',
  'themes.labs': 'مختبرات السياسات',
  'themes.noLabs': 'لا يعمل أي مختبر سياسات على هذا الموضوع بعد.',
  'themes.linked': 'المواضيع',
  'themes.linkHint': 'مواضيع الممارسات التي يتناولها: يظهر في صفحات هذه المواضيع.',
  'themes.saveLinks': 'حفظ المواضيع',
  'events.form.themes': 'المواضيع',
} satisfies Record<keyof typeof english, string>;

addMessages('ar', themeLinks);
