import { addMessages } from '../../i18n.ts';
import type { accounts as english } from '../en/accounts.ts';

/** Signing in and out, and the error pages (Pashto, not yet reviewed by a native speaker). */
export const accounts = {
  'signIn.title': 'ننوتل',
  'signIn.intro':
    'د ښارونو سمونګر او مديران ننوځي ترڅو د خپل ښار تجربې او پېژندنه زياته او سمه کړي. د لوستلو لپاره حساب ته اړتيا نشته.',
  'signIn.email': 'برېښناليک پته',
  'signIn.password': 'پټنوم',
  'signIn.button': 'ننوتل',
  'signIn.failed': 'برېښناليک پته يا پټنوم سم نه دی.',
  'signIn.rateLimited': 'ډېرې هڅې: يوه دقيقه انتظار وکړئ او بيا هڅه وکړئ.',
  'signIn.already': 'تاسو د {name} په نوم ننوتلي ياست.',
  'signIn.continue': 'دوام',
  'error.badRequest.title': 'دې غوښتنې ته ځواب نشي ورکول کېدای',
  'error.notFound.title': 'پاڼه ونه موندل شوه',
  'error.notFound.text':
    'په دې پته کې هېڅ نشته. کېدای شي پاڼه بل ځای ته وړل شوې، له خپرېدو ايستل شوې يا پته ناسمه ليکل شوې وي.',
  'error.forbidden.title': 'تاسو د دې کار اجازه نه لرئ',
  'error.forbidden.text': 'ستاسو حساب دا اجازه نه ورکوي. د ښارونو سمونګر يوازې د خپل ښار ريکارډونه بدلولای شي.',
  'error.rateLimited.title': 'ډېرې هڅې',
  'error.rateLimited.text': 'يوه دقيقه انتظار وکړئ او بيا هڅه وکړئ.',
  'error.internal.title': 'زموږ له خوا يوه ستونزه رامنځته شوه',
  'error.internal.text': 'تېروتنه ثبت شوه. مهرباني وکړئ وروسته بيا هڅه وکړئ.',
  'error.detail': 'جزئيات: {message}',
  'error.home': 'کور پاڼې ته تلل',
  'error.search': 'په تجربو کې لټون',
} satisfies Record<keyof typeof english, string>;

addMessages('ps', accounts);
