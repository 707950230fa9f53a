import { addMessages } from '../../i18n.ts';
import type { openData as english } from '../en/open-data.ts';

/** Interface strings of the open data page (Pashto, not yet reviewed by a native speaker). */
export const openData = {
  'openData.title': 'پرانيستي معلومات',
  'openData.lead':
    'هر څه چې دلته خپرېږي د Creative Commons Attribution 4.0 جواز لاندې پرانيستي معلومات دي: د معلوماتو هره ټولګه د CSV يا JSON په بڼه، ټولې په يوه ZIP فايل کې ښکته کړئ، يا د DCAT-AP فهرست ولولئ.',
  'openData.datasets': 'د معلوماتو ټولګې',
  'openData.csv': 'CSV',
  'openData.csvNoBom': 'CSV د بايټ د ترتيب له نښې پرته',
  'openData.json': 'JSON',
  'openData.all': 'هر څه په يوه ZIP فايل کې (CSV، JSON او فهرست)',
  'openData.catalog': 'د DCAT-AP فهرست (JSON-LD)',
  'openData.csvFormat':
    'د CSV فايلونه UTF-8 دي د بايټ د ترتيب له نښې سره، ترڅو د جدولونو پروګرامونه نښه‌لرونکي نومونه سم وښيي. د ريکارډ هره برخه يوه ستنه ده؛ دننه برخې ټکي‌دار سرليکونه لري (duration.start)؛ لړليکونه په "; " سره نښلول شوي (او که يو توکی سيمي‌کولن ولري، د JSON ارې په توګه)؛ د شيانو لړليکونه JSON دي. هغه متن چې د جدولونو پروګرام يې فورمول وګڼي له اپوسټروف سره پيلېږي.',
  'openData.section.practices': 'تجربې',
  'openData.section.cities': 'د ښارونو پېژندنې',
  'openData.section.events': 'پېښې او پروګرامونه',
  'openData.importTitle': 'له CSV څخه راوړل',
  'openData.importIntro':
    'يو CSV فايل هماغسې پورته کړئ لکه صادرات يې ليکي (د هغه هره ستنه، "id" اړينه ده) ترڅو ريکارډونه زيات يا ځای‌پر‌ځای شي، ټول يا هېڅ. تاسو يوازې هغه ريکارډونه راوړلای شئ چې د سمون اجازه يې لرئ.',
  'openData.importSection': 'د راوړلو لپاره ريکارډونه',
  'openData.importFile': 'CSV فايل',
  'openData.importPaste': 'يا د CSV متن دلته ولګوئ',
  'openData.importButton': 'راوړل',
  'openData.importErrors': 'هېڅ شی رانه وړل شو',
  'openData.imported': 'راوړل شول: {created} نوي، {updated} ځای‌پر‌ځای شوي.',
} satisfies Record<keyof typeof english, string>;

addMessages('ps', openData);
