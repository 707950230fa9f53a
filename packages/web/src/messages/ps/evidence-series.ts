import { addMessages } from '../../i18n.ts';
import type { evidenceSeries as english } from '../en/evidence-series.ts';

/** Evidence over time: years of a grid, series of runs and their changes (Pashto, not yet reviewed by a native speaker). */
export const evidenceSeries = {
  'evidence.mapping.year': 'د کال ستون (کله چې فايل د هرې خانې او هر کال لپاره يوه کرښه ولري)',
  'evidence.mapping.noYear': 'هيڅ: فايل يوازې يو کال لري',
  'evidence.options.year': 'د دې محاسبې کال',
  'evidence.options.yearHint':
    'د کال له ستون سره: هغه کال چې بايد ولوستل شي. له هغه پرته: هغه کال چې جال يې بيانوي، څو د څو کلونو محاسبې سره پرتله شي.',
  'evidence.runs.year': 'کال {year}',

  'evidence.series.title': 'د وخت په اوږدو کې بدلون',
  'evidence.series.intro':
    'د يوه ځای محاسبې په بېلابېلو کلونو کې سره پرتله کړئ: هر شاخص په هر کال کې، له يوه کال څخه بل ته بدلون، او دا چې ايا دا بدلون له هغه څه لوی دی چې تصادف يې رامنځته کوي.',
  'evidence.series.none': 'تر اوسه هيڅ لړۍ نشته.',
  'evidence.series.listCaption': 'د کلونو لړۍ',
  'evidence.series.name': 'د لړۍ نوم',
  'evidence.series.yearsCol': 'کلونه',
  'evidence.series.status': 'حالت',
  'evidence.series.created': 'د جوړېدو نېټه',
  'evidence.series.createTitle': 'کلونه پرتله کړئ',
  'evidence.series.runs': 'د پرتلې لپاره محاسبې (په هر کال کې يوه، لږ تر لږه دوه)',
  'evidence.series.runLabel': '{year}: {dataset}، د {created} محاسبه',
  'evidence.series.noYearRuns':
    'د کلونو د پرتلې لپاره، لږ تر لږه دوه محاسبې د کال سره پيل کړئ (د معلوماتو د ټولګې د محاسبې په فورمه کې د «د دې محاسبې کال» ساحه).',
  'evidence.series.permutations': 'د p ارزښتونو لپاره د ځای بدلونونو شمېر (له 19 څخه تر 9999 پورې)',
  'evidence.series.seed': 'د ځای بدلونونو تخم (seed)',
  'evidence.series.public': 'عامه (يوازې هغه وخت چې ټولې محاسبې يې عامه وي)',
  'evidence.series.start': 'دا کلونه پرتله کړئ',
  'evidence.series.breadcrumb': 'تاسو دلته ياست',
  'evidence.series.meta': '{years} · {owner}',
  'evidence.series.running': 'بدلونونه ازمويل کېږي ({percent}٪). د ليدو لپاره يې پاڼه بيا پورته کړئ.',
  'evidence.series.reload': 'بيا پورته کول',
  'evidence.series.failed': 'پرتله ناکامه شوه: {message}',
  'evidence.series.method':
    'هر بدلون وروستی کال منفي پخوانی کال دی. د هغه د p ارزښت د نښانونو له {permutations} تصادفي ځای بدلونونو (تخم {seed}) څخه لاسته راځي: د دواړو کلونو خانې سره يو ځای کېږي او بيا په تصادفي ډول وېشل کېږي، او بدلون هر ځل له سره محاسبه کېږي.',
  'evidence.series.choose': 'سيمه او شاخص',
  'evidence.series.area': 'سيمه',
  'evidence.series.index': 'د ګراف لپاره شاخص',
  'evidence.series.show': 'ښودل',
  'evidence.series.tableCaption': 'د {area} شاخصونه په هر کال کې، او د هغوی بدلون',
  'evidence.series.indexCol': 'شاخص',
  'evidence.series.change': 'بدلون {from} ← {to}',
  'evidence.series.pValue': 'د p ارزښت',
  'evidence.series.significant': 'د 5٪ په کچه معنادار',
  'evidence.series.interval': 'واټن {low} – {high}',
  'evidence.series.chartTitle': '{index} په {area} کې، د کال له مخې',
  'evidence.series.chartDesc':
    'په هر کال کې يو ټکی؛ يوه عمودي کرښه د 95٪ واټن ښيي، هلته چې محاسبې بوټسټرپ (bootstrap) ترسره کړی وي.',
  'evidence.series.noValues': 'په دې سيمه کې د دې شاخص لپاره هيڅ کال ارزښت نه لري.',
  'evidence.series.mapTitle': 'د بدلون نقشه',
  'evidence.series.mapIntro':
    'هره خانه وروستی کال منفي پخوانی کال ښيي: آبي چېرته چې ارزښت کم شوی، سور چېرته چې زيات شوی، او سپين چېرته چې نه دی بدل شوی.',
  'evidence.series.from': 'له',
  'evidence.series.to': 'تر',
  'evidence.series.delete': 'دا لړۍ ړنګه کړئ',
  'evidence.series.deleted': 'لړۍ ړنګه شوه؛ محاسبې يې پاتې دي.',
} satisfies Record<keyof typeof english, string>;

addMessages('ps', evidenceSeries);
