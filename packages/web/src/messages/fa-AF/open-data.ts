import { addMessages } from '../../i18n.ts';
import type { openData as english } from '../en/open-data.ts';

/** Interface strings of the open data page (Dari, not yet reviewed by a native speaker). */
export const openData = {
  'openData.title': 'معلومات باز',
  'openData.lead':
    'هر آنچه این‌جا نشر می‌شود معلومات باز تحت جواز Creative Commons Attribution 4.0 است: هر مجموعهٔ معلومات را به شکل CSV یا JSON، همه را در یک فایل ZIP دانلود کنید، یا فهرست DCAT-AP را بخوانید.',
  'openData.datasets': 'مجموعه‌های معلومات',
  'openData.csv': 'CSV',
  'openData.csvNoBom': 'CSV بدون نشانهٔ ترتیب بایت',
  'openData.json': 'JSON',
  'openData.all': 'همه چیز در یک فایل ZIP (CSV، JSON و فهرست)',
  'openData.catalog': 'فهرست DCAT-AP (JSON-LD)',
  'openData.csvFormat':
    'فایل‌های CSV به UTF-8 با نشانهٔ ترتیب بایت هستند، تا برنامه‌های جدولی نام‌های دارای علامه را درست نشان دهند. هر بخش یک ریکارد یک ستون است؛ بخش‌های تودرتو سرخط‌های نقطه‌دار دارند (duration.start)؛ فهرست‌ها با "; " به هم پیوسته‌اند (و اگر یک مورد سمی‌کولن داشته باشد به شکل آرایهٔ JSON)؛ فهرست‌های اشیا به شکل JSON هستند. متنی که برنامهٔ جدولی آن را فورمول بپندارد با آپاستروف آغاز می‌شود.',
  'openData.section.practices': 'تجربه‌ها',
  'openData.section.cities': 'معرفی‌نامه‌های شهرها',
  'openData.section.events': 'رویدادها و برنامه‌ها',
  'openData.importTitle': 'وارد کردن از CSV',
  'openData.importIntro':
    'یک فایل CSV را همان‌گونه که صادرات آن را می‌نویسد آپلود کنید (هر کدام از ستون‌های آن، "id" الزامی است) تا ریکاردها افزوده یا جایگزین شوند، همه یا هیچ. شما تنها ریکاردهایی را می‌توانید وارد کنید که اجازهٔ ویرایش آن‌ها را دارید.',
  'openData.importSection': 'ریکاردهایی که وارد می‌شوند',
  'openData.importFile': 'فایل CSV',
  'openData.importPaste': 'یا متن CSV را بچسپانید',
  'openData.importButton': 'وارد کردن',
  'openData.importErrors': 'هیچ چیزی وارد نشد',
  'openData.imported': 'وارد شد: {created} جدید، {updated} جایگزین‌شده.',
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', openData);
