import { addMessages } from '../../i18n.ts';
import type { network as english } from '../en/network.ts';

/** The learning network: the map of Europe and its list (Arabic, not yet reviewed by a native speaker). */
export const network = {
  'nav.network': 'الشبكة',
  'network.title': 'شبكة التعلّم',
  'network.lead':
    'مدن Convivio على خريطة أوروبا. كل دائرة مدينة، وتكبر مساحتها بعدد الممارسات التي تتبادلها المدينة. اختر موضوعًا أو تصنيفًا أو فئة مستهدفة لترى المدن التي تعمل عليه.',
  'network.filters': 'عرض ممارسات',
  'network.filter.theme': 'الموضوع',
  'network.filter.typology': 'التصنيف',
  'network.filter.targetGroup': 'الفئة المستهدفة',
  'network.filter.any': 'الكل',
  'network.filter.option': '{label} ({count})',
  'network.filter.apply': 'العرض على الخريطة',
  'network.filter.clear': 'عرض جميع المدن',
  'network.summary': 'المدن: {cities}، الممارسات: {practices}',
  'network.summary.one': 'مدينة واحدة، الممارسات: {practices}',
  'network.map.label': 'خريطة أوروبا مع مدن الشبكة',
  'network.map.skip': 'تخطي الخريطة والانتقال إلى قائمة المدن',
  'network.map.city': '{name}، {country}: عدد الممارسات {count}',
  'network.map.cityOne': '{name}، {country}: ممارسة واحدة',
  'network.map.cityNone': '{name}، {country}: لا توجد ممارسات بعد',
  'network.map.source': 'حدود البلدان: Natural Earth (ملك عام)، بمقياس 1:110m، عبر world-atlas.',
  'network.legend': 'الممارسات',
  'network.legend.none': 'لا شيء بعد',
  'network.empty': 'لا توجد مدينة لديها ممارسة تطابق عوامل التصفية هذه. اختر موضوعًا أو تصنيفًا أو فئة مستهدفة أخرى.',
  'network.list': 'المدن نفسها في قائمة',
  'network.list.caption': 'المدن على الخريطة وممارساتها، الأكثر ممارساتٍ أولًا',
  'network.list.city': 'المدينة',
  'network.list.country': 'البلد',
  'network.list.practices': 'الممارسات',
  'network.list.practicesLink': 'ممارسات {name} (العدد: {count})',
  'network.unlocated': 'ليست على الخريطة بعد (بلا إحداثيات)',
  'network.updating': 'جارٍ تحديث الخريطة…',
  'network.updated': 'تم تحديث الخريطة: {summary}',
} satisfies Record<keyof typeof english, string>;

addMessages('ar', network);
