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
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', home);
