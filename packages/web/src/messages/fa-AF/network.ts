import { addMessages } from '../../i18n.ts';
import type { network as english } from '../en/network.ts';

/** The learning network: the map of Europe and its list (Dari, not yet reviewed by a native speaker). */
export const network = {
  'nav.network': 'شبکه',
  'network.title': 'شبکهٔ آموزش',
  'network.lead':
    'شهرهای Convivio روی نقشهٔ اروپا. هر دایره یک شهر است؛ مساحت آن با شمار تجربه‌هایی که شهر شریک می‌سازد بزرگ‌تر می‌شود. یک موضوع، نوع‌بندی یا گروه هدف را انتخاب کنید تا ببینید کدام شهرها روی آن کار می‌کنند.',
  'network.filters': 'نشان دادن تجربه‌های',
  'network.filter.theme': 'موضوع',
  'network.filter.typology': 'نوع‌بندی',
  'network.filter.targetGroup': 'گروه هدف',
  'network.filter.any': 'همه',
  'network.filter.option': '{label} ({count})',
  'network.filter.apply': 'نشان دادن روی نقشه',
  'network.filter.clear': 'نشان دادن همهٔ شهرها',
  'network.summary': '{cities} شهر، {practices} تجربه',
  'network.summary.one': '۱ شهر، {practices} تجربه',
  'network.map.label': 'نقشهٔ اروپا با شهرهای شبکه',
  'network.map.skip': 'رد شدن از نقشه و رفتن به فهرست شهرها',
  'network.map.city': '{name}، {country}: {count} تجربه',
  'network.map.cityOne': '{name}، {country}: ۱ تجربه',
  'network.map.cityNone': '{name}، {country}: هنوز هیچ تجربه‌ای نیست',
  'network.map.source': 'مرزهای کشورها: Natural Earth (مالکیت عمومی)، 1:110m، از طریق world-atlas.',
  'network.legend': 'تجربه‌ها',
  'network.legend.none': 'هنوز هیچ',
  'network.empty': 'هیچ شهری با این فلترها تجربه ندارد. موضوع، نوع‌بندی یا گروه هدف دیگری انتخاب کنید.',
  'network.list': 'همین شهرها به شکل فهرست',
  'network.list.caption': 'شهرهای روی نقشه و تجربه‌های آن‌ها، بیشترین تجربه‌ها اول',
  'network.list.city': 'شهر',
  'network.list.country': 'کشور',
  'network.list.practices': 'تجربه‌ها',
  'network.list.practicesLink': '{count} تجربهٔ {name}',
  'network.unlocated': 'هنوز روی نقشه نیست (بدون مختصات)',
  'network.updating': 'نقشه به‌روز می‌شود…',
  'network.updated': 'نقشه به‌روز شد: {summary}',
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', network);
