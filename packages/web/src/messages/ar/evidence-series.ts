import { addMessages } from '../../i18n.ts';
import type { evidenceSeries as english } from '../en/evidence-series.ts';

/** Evidence over time: years of a grid, series of runs and their changes (Arabic, not yet reviewed by a native speaker). */
export const evidenceSeries = {
  'evidence.mapping.year': 'عمود السنة (عندما يحتوي الملف على صف لكل خلية ولكل سنة)',
  'evidence.mapping.noYear': 'لا يوجد: الملف يخص سنة واحدة',
  'evidence.options.year': 'سنة هذا الحساب',
  'evidence.options.yearHint':
    'مع عمود للسنة: السنة المطلوب قراءتها. ومن دونه: السنة التي تصفها الشبكة، لكي يمكن مقارنة حسابات سنوات متعددة.',
  'evidence.runs.year': 'سنة {year}',

  'evidence.series.title': 'التغير عبر الزمن',
  'evidence.series.intro':
    'قارنوا حسابات المكان نفسه في سنوات مختلفة: كل مؤشر لكل سنة، والتغير من سنة إلى أخرى، وما إذا كان أكبر مما تنتجه الصدفة.',
  'evidence.series.none': 'لا توجد سلاسل بعد.',
  'evidence.series.listCaption': 'سلاسل السنوات',
  'evidence.series.name': 'اسم السلسلة',
  'evidence.series.yearsCol': 'السنوات',
  'evidence.series.status': 'الحالة',
  'evidence.series.created': 'تاريخ الإنشاء',
  'evidence.series.createTitle': 'مقارنة السنوات',
  'evidence.series.runs': 'الحسابات المطلوب مقارنتها (حساب واحد لكل سنة، اثنان على الأقل)',
  'evidence.series.runLabel': '{year}: {dataset}، حساب بتاريخ {created}',
  'evidence.series.noYearRuns':
    'لمقارنة السنوات، ابدأوا حسابين على الأقل مع تحديد السنة (حقل «سنة هذا الحساب» في نموذج الحساب الخاص بمجموعة البيانات).',
  'evidence.series.permutations': 'عدد التباديل للقيم الاحتمالية p (من 19 إلى 9999)',
  'evidence.series.seed': 'بذرة التباديل',
  'evidence.series.public': 'عامة (فقط عندما تكون جميع حساباتها عامة)',
  'evidence.series.start': 'قارن هذه السنوات',
  'evidence.series.breadcrumb': 'أنت هنا',
  'evidence.series.meta': '{years} · {owner}',
  'evidence.series.running': 'يجري اختبار التغيرات ({percent}٪). أعيدوا تحميل الصفحة لرؤيتها.',
  'evidence.series.reload': 'إعادة التحميل',
  'evidence.series.failed': 'فشلت المقارنة: {message}',
  'evidence.series.method':
    'كل تغير هو قيمة السنة اللاحقة ناقص قيمة السنة السابقة. تُستخرج قيمته الاحتمالية p من {permutations} تبديلًا عشوائيًا للتسميات (البذرة {seed}): تُجمع خلايا السنتين معًا ثم يُعاد توزيعها عشوائيًا، ويُحسب التغير من جديد في كل مرة.',
  'evidence.series.choose': 'المنطقة والمؤشر',
  'evidence.series.area': 'المنطقة',
  'evidence.series.index': 'المؤشر المعروض في الرسم البياني',
  'evidence.series.show': 'عرض',
  'evidence.series.tableCaption': 'مؤشرات {area} لكل سنة، وتغيرها',
  'evidence.series.indexCol': 'المؤشر',
  'evidence.series.change': 'التغير {from} ← {to}',
  'evidence.series.pValue': 'القيمة الاحتمالية p',
  'evidence.series.significant': 'دال إحصائيًا عند مستوى 5٪',
  'evidence.series.interval': 'المجال {low} – {high}',
  'evidence.series.chartTitle': '{index} في {area}، حسب السنة',
  'evidence.series.chartDesc':
    'نقطة واحدة لكل سنة؛ ويُظهر خط عمودي مجال الثقة 95٪ حيث أجرى الحساب إعادة معاينة (bootstrap).',
  'evidence.series.noValues': 'لا توجد أي سنة لها قيمة لهذا المؤشر في هذه المنطقة.',
  'evidence.series.mapTitle': 'خريطة التغير',
  'evidence.series.mapIntro':
    'تُظهر كل خلية قيمة السنة اللاحقة ناقص السنة السابقة: بالأزرق حيث انخفضت القيمة، وبالأحمر حيث ارتفعت، وبالأبيض حيث بقيت على حالها.',
  'evidence.series.from': 'من',
  'evidence.series.to': 'إلى',
  'evidence.series.delete': 'حذف هذه السلسلة',
  'evidence.series.deleted': 'حُذفت السلسلة؛ وتبقى حساباتها.',
} satisfies Record<keyof typeof english, string>;

addMessages('ar', evidenceSeries);
