import { addMessages } from '../../i18n.ts';
import type { evidenceSeries as english } from '../en/evidence-series.ts';

/** Evidence over time: years of a grid, series of runs and their changes (Dari, not yet reviewed by a native speaker). */
export const evidenceSeries = {
  'evidence.mapping.year': 'ستون سال (وقتی فایل برای هر خانه و هر سال یک سطر دارد)',
  'evidence.mapping.noYear': 'هیچ: فایل تنها یک سال را در بر می‌گیرد',
  'evidence.options.year': 'سال این محاسبه',
  'evidence.options.yearHint':
    'با ستون سال: سالی که باید خوانده شود. بدون آن: سالی که شبکه آن را توصیف می‌کند، تا محاسبه‌های چند سال با هم مقایسه شده بتوانند.',
  'evidence.runs.year': 'سال {year}',

  'evidence.series.title': 'تغییر در گذر زمان',
  'evidence.series.intro':
    'محاسبه‌های یک محل را در سال‌های مختلف مقایسه کنید: هر شاخص در هر سال، تغییر از یک سال به سال دیگر، و این‌که آیا این تغییر از آنچه تصادف به بار می‌آورد بزرگ‌تر است.',
  'evidence.series.none': 'هنوز هیچ سلسله‌ای وجود ندارد.',
  'evidence.series.listCaption': 'سلسله‌های سال‌ها',
  'evidence.series.name': 'نام سلسله',
  'evidence.series.yearsCol': 'سال‌ها',
  'evidence.series.status': 'وضعیت',
  'evidence.series.created': 'تاریخ ایجاد',
  'evidence.series.createTitle': 'مقایسه سال‌ها',
  'evidence.series.runs': 'محاسبه‌هایی که مقایسه می‌شوند (یکی برای هر سال، دست‌کم دو)',
  'evidence.series.runLabel': '{year}: {dataset}، محاسبه تاریخ {created}',
  'evidence.series.noYearRuns':
    'برای مقایسه سال‌ها، دست‌کم دو محاسبه را با تعیین سال آغاز کنید (خانه «سال این محاسبه» در فورم محاسبه یک مجموعه معلومات).',
  'evidence.series.permutations': 'تعداد جایگشت‌ها برای مقدارهای p (از 19 تا 9999)',
  'evidence.series.seed': 'بذر (seed) جایگشت‌ها',
  'evidence.series.public': 'عمومی (تنها وقتی همه محاسبه‌های آن عمومی باشند)',
  'evidence.series.start': 'این سال‌ها را مقایسه کنید',
  'evidence.series.breadcrumb': 'شما اینجا هستید',
  'evidence.series.meta': '{years} · {owner}',
  'evidence.series.running': 'تغییرها در حال آزمون هستند ({percent}٪). برای دیدن آن‌ها صفحه را دوباره بارگذاری کنید.',
  'evidence.series.reload': 'بارگذاری دوباره',
  'evidence.series.failed': 'مقایسه ناکام شد: {message}',
  'evidence.series.method':
    'هر تغییر عبارت است از سال بعدی منهای سال قبلی. مقدار p آن از {permutations} جایگشت تصادفی برچسب‌ها (بذر {seed}) به دست می‌آید: خانه‌های هر دو سال یک‌جا ساخته شده و دوباره به‌طور تصادفی تقسیم می‌شوند، و تغییر هر بار از نو محاسبه می‌شود.',
  'evidence.series.choose': 'ساحه و شاخص',
  'evidence.series.area': 'ساحه',
  'evidence.series.index': 'شاخص برای نمودار',
  'evidence.series.show': 'نمایش',
  'evidence.series.tableCaption': 'شاخص‌های {area} در هر سال، و تغییر آن‌ها',
  'evidence.series.indexCol': 'شاخص',
  'evidence.series.change': 'تغییر {from} ← {to}',
  'evidence.series.pValue': 'مقدار p',
  'evidence.series.significant': 'معنادار در سطح 5٪',
  'evidence.series.interval': 'فاصله {low} – {high}',
  'evidence.series.chartTitle': '{index} در {area}، به تفکیک سال',
  'evidence.series.chartDesc':
    'برای هر سال یک نقطه؛ یک خط عمودی فاصله اطمینان 95٪ را نشان می‌دهد، در جایی که محاسبه بازنمونه‌گیری (bootstrap) انجام داده است.',
  'evidence.series.noValues': 'هیچ سالی برای این شاخص در این ساحه مقدار ندارد.',
  'evidence.series.mapTitle': 'نقشه تغییر',
  'evidence.series.mapIntro':
    'هر خانه سال بعدی منهای سال قبلی را نشان می‌دهد: آبی جایی که مقدار کاهش یافته، سرخ جایی که افزایش یافته، و سفید جایی که ثابت مانده است.',
  'evidence.series.from': 'از',
  'evidence.series.to': 'تا',
  'evidence.series.delete': 'این سلسله را حذف کنید',
  'evidence.series.deleted': 'سلسله حذف شد؛ محاسبه‌های آن باقی می‌مانند.',
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', evidenceSeries);
