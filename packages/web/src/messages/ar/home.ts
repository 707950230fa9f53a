import { addMessages } from '../../i18n.ts';
import type { home as english } from '../en/home.ts';

/** The home page (Arabic, not yet reviewed by a native speaker). */
export const home = {
  'home.title': 'Convivio',
  'home.lead':
    'مكتبة مفتوحة تتبادل فيها المدن الأوروبية تجاربها في استقبال المهاجرين واللاجئين وإشراكهم: ممارسات موصوفة وفق نموذج مشترك، وملفات تعريف المدن، والأشخاص الذين يقفون وراءها.',
  'home.search.label': 'البحث في مكتبة الممارسات',
  'home.search.button': 'بحث',
  'home.stats': 'المكتبة بالأرقام',
  'home.stats.practices': 'ممارسة',
  'home.stats.cities': 'مدينة',
  'home.latestPractices': 'أحدث الممارسات',
  'home.latestCities': 'ملفات المدن',
  'home.allPractices': 'جميع الممارسات',
  'home.allCities': 'جميع المدن',
  'home.what': 'ما يمكنك فعله هنا',
  'home.what.find':
    'البحث عن الممارسات حسب الموضوع أو الفئة المستهدفة أو البلد أو النوع، وقراءتها وفق نموذج MUST-a-Lab: النتائج والتحديات والتوصيات والدروس المستفادة.',
  'home.what.compare': 'مقارنة ملفات المدن جنبًا إلى جنب: عدد السكان، ونسبة المهاجرين، والاستراتيجية، والنهج التشاركي.',
  'home.what.share': 'ينشر محررو المدن ممارساتهم الخاصة ويحدّثون ملف مدينتهم باستمرار.',
} satisfies Record<keyof typeof english, string>;

addMessages('ar', home);
