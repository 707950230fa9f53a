import { addMessages } from '../../i18n.ts';
import type { openData as english } from '../en/open-data.ts';

/** Interface strings of the open data page (Arabic, not yet reviewed by a native speaker). */
export const openData = {
  'openData.title': 'البيانات المفتوحة',
  'openData.lead':
    'كل ما يُنشر هنا بيانات مفتوحة بموجب ترخيص المشاع الإبداعي نَسب المُصنَّف 4.0: نزّل كل مجموعة بيانات بصيغة CSV أو JSON، أو جميعها في ملف ZIP واحد، أو اطّلع على فهرس DCAT-AP.',
  'openData.datasets': 'مجموعات البيانات',
  'openData.csv': 'CSV',
  'openData.csvNoBom': 'CSV من دون علامة ترتيب البايتات',
  'openData.json': 'JSON',
  'openData.all': 'كل شيء في ملف ZIP واحد (CSV وJSON والفهرس)',
  'openData.catalog': 'فهرس DCAT-AP (JSON-LD)',
  'openData.csvFormat':
    'ملفات CSV بترميز UTF-8 مع علامة ترتيب البايتات، لكي تعرض برامج الجداول الإلكترونية الأسماء ذات العلامات المميزة بشكل صحيح. كل حقل من حقول السجل عمود؛ وللحقول المتداخلة ترويسات بنقاط (duration.start)؛ وتُجمع القوائم بالفاصل "; " (وبصيغة مصفوفة JSON إذا احتوى أحد العناصر على فاصلة منقوطة)؛ وقوائم الكائنات بصيغة JSON. ويبدأ النص الذي قد يعدّه برنامج الجداول صيغةً بفاصلة عليا.',
  'openData.section.practices': 'الممارسات',
  'openData.section.cities': 'ملفات المدن',
  'openData.section.events': 'الفعاليات والبرامج',
  'openData.importTitle': 'الاستيراد من CSV',
  'openData.importIntro':
    'ارفع ملف CSV كما يكتبه التصدير (أيًّا من أعمدته، والعمود "id" إلزامي) لإضافة سجلات أو استبدالها، كلها أو لا شيء منها. لا يمكنك استيراد إلا السجلات التي يحق لك تعديلها.',
  'openData.importSection': 'السجلات المراد استيرادها',
  'openData.importFile': 'ملف CSV',
  'openData.importPaste': 'أو الصق نص CSV',
  'openData.importButton': 'استيراد',
  'openData.importErrors': 'لم يُستورد أي شيء',
  'openData.imported': 'تم الاستيراد: الجديدة {created}، المستبدلة {updated}.',
} satisfies Record<keyof typeof english, string>;

addMessages('ar', openData);
