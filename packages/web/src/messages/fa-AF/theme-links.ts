import { addMessages } from '../../i18n.ts';
import type { themeLinks as english } from '../en/theme-links.ts';

/** Events' sessions and policy labs linked to practice themes (Dari; machine-assisted, not reviewed by a native speaker). */
export const themeLinks = {
  'themes.events': 'رویدادها و نشست‌ها',
  'themes.sessionOn': '{kind}، {date}',
  'themes.noEvents': 'هنوز هیچ رویداد نشرشده‌ای نشستی دربارهٔ این موضوع ندارد.',
  'themes.labs': 'لابراتوارهای پالیسی',
  'themes.noLabs': 'هنوز هیچ لابراتوار پالیسی روی این موضوع کار نمی‌کند.',
  'themes.linked': 'موضوعات',
  'themes.linkHint': 'موضوعات عملکردهایی که به آن‌ها می‌پردازد: در صفحه‌های این موضوعات نشان داده می‌شود.',
  'themes.saveLinks': 'ذخیرهٔ موضوعات',
  'events.form.themes': 'موضوعات',
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', themeLinks);
