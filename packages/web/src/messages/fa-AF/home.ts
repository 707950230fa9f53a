import { addMessages } from '../../i18n.ts';
import type { home as english } from '../en/home.ts';

/** The home page (Dari, not yet reviewed by a native speaker). */
export const home = {
  'home.title': 'Convivio',
  'home.lead':
    'کتابخانه‌ای باز که در آن شهرهای اروپایی شیوه‌های پذیرش و شمولیت مهاجران و پناهندگان را با هم شریک می‌سازند: تجربه‌هایی که با یک قالب مشترک توصیف شده‌اند، معرفی‌نامه‌های شهرها و کسانی که پشت آن‌ها هستند.',
  'home.search.label': 'جستجو در کتابخانهٔ تجربه‌ها',
  'home.search.button': 'جستجو',
  'home.stats': 'کتابخانه به زبان ارقام',
  'home.stats.practices': 'تجربه',
  'home.stats.cities': 'شهر',
  'home.latestPractices': 'تازه‌ترین تجربه‌ها',
  'home.latestCities': 'معرفی‌نامه‌های شهرها',
  'home.allPractices': 'همهٔ تجربه‌ها',
  'home.allCities': 'همهٔ شهرها',
  'home.what': 'آنچه این‌جا می‌توانید انجام دهید',
  'home.what.find':
    'تجربه‌ها را بر اساس موضوع، گروه هدف، کشور یا نوع پیدا کنید و آن‌ها را در قالب MUST-a-Lab بخوانید: نتایج، چالش‌ها، پیشنهادها و درس‌های آموخته‌شده.',
  'home.what.compare': 'معرفی‌نامه‌های شهرها را کنار هم مقایسه کنید: نفوس، سهم مهاجران، استراتیژی و رویکرد مشارکتی.',
  'home.what.share': 'ویراستاران شهرها تجربه‌های خود را نشر می‌کنند و معرفی‌نامهٔ شهر خود را به‌روز نگه می‌دارند.',
  'home.map': 'شبکه روی نقشه',
  'home.map.skip': 'رد شدن از نقشه و رفتن به نمای کلی پلتفورم',
  'home.map.explore':
    'شبکه را کاوش کنید: نقشه را بر اساس موضوع، نوع‌شناسی یا گروه هدف فلتر کنید، یا آن را به شکل فهرست ببینید',
  'home.stats.events': 'رویداد',
  'home.stats.evidence': 'محاسبهٔ شاخص',
  'home.stats.labs': 'لابراتوار پالیسی',
  'home.stats.signatories': 'شهر امضاکننده',
  'home.cities.text': 'پروفایل‌ها با نفوس، سهم مهاجران، استراتیژی و رویکرد مشارکتی.',
  'home.events.next': 'بعدی:',
  'home.events.latest': 'تازه‌ترین:',
  'home.events.dates': 'از {start} تا {end}',
  'home.events.none': 'هنوز هیچ رویدادی نشر نشده است.',
  'home.evidence.text':
    'تمرکز مهاجران، تنوع و جداسازی که از شمار نفوس در شبکهٔ خانه‌ها محاسبه شده، بر اساس ساحه رده‌بندی و روی نقشه نشان داده شده است.',
  'home.labs.text': 'لابراتوارهای پالیسی در {cities} شهر، مرحله به مرحله: نشست‌ها، آزمایش‌های کوچک و پیشنهادها.',
  'home.charter': 'منشور شهرهای ادغام‌کننده',
  'home.charter.text': '{commitments} تعهد، و جایگاه هر شهر امضاکننده در برابر آن‌ها.',
  'home.charter.none': 'منشور هنوز نشر نشده است.',
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', home);
