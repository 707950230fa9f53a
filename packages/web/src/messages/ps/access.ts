import { addMessages } from '../../i18n.ts';
import type { access as english } from '../en/access.ts';

/** Signing up, confirming an address, passwords, a new address, invitations (Pashto, not yet reviewed by a native speaker). */
export const access = {
  'signUp.title': 'نوم‌ليکنه',
  'signUp.intro':
    'هر څوک پرته له حسابه لوستلای شي. د حساب په درلودلو سره تاسو د پېښو لپاره نوم‌ليکنه کولای شئ؛ د ښارونو سمونګر د خپل ښار يا يوه مدير له خوا رابلل کېږي.',
  'signUp.name': 'ستاسو نوم',
  'signUp.email': 'برېښناليک پته',
  'signUp.password': 'پټنوم',
  'signUp.passwordHint':
    'لږ تر لږه 10 توري او د اټکل لپاره ستونزمن: له څلورو يا ډېرو نااړوندو کلمو جوړه جمله ښه کار کوي.',
  'signUp.button': 'نوم‌ليکنه',
  'signUp.haveAccount': 'دمخه حساب لرئ؟ ننوځئ',
  'signUp.sent.title': 'خپل برېښناليک صندوق وګورئ',
  'signUp.rateLimited': 'ډېرې غوښتنې: يوه دقيقه انتظار وکړئ او بيا هڅه وکړئ.',
  'signIn.noAccount': 'تر اوسه حساب نه لرئ؟ نوم‌ليکنه وکړئ',
  'signIn.forgot': 'پټنوم مو هېر کړی؟',
  'signIn.unverified':
    'لومړی خپله برېښناليک پته تاييد کړئ: هغه لينک پرانيزئ چې موږ ورته لېږلی. بيا نوم‌ليکنه نوی لينک لېږي.',

  'verify.title': 'خپله برېښناليک پته تاييد کړئ',
  'verify.intro': 'تاييد کړئ چې {email} ستاسو پته ده ترڅو ستاسو د حساب جوړول بشپړ شي.',
  'verify.button': 'زما پته تاييد کړئ',
  'verify.done.title': 'ستاسو پته تاييد شوه',
  'verify.done.text': 'مننه: {email} تاييد شوه. اوس ننوتلای شئ.',
  'verify.signIn': 'ننوتل',

  'link.failed.title': 'دا لينک کار نه کوي',

  'forgot.title': 'پټنوم مو هېر شوی',
  'forgot.intro': 'د خپل حساب پته وليکئ: موږ به د نوي پټنوم د ټاکلو لپاره يو لينک ولېږو.',
  'forgot.email': 'برېښناليک پته',
  'forgot.button': 'لينک ولېږئ',
  'forgot.sent.title': 'خپل برېښناليک صندوق وګورئ',

  'reset.title': 'نوی پټنوم وټاکئ',
  'reset.password': 'نوی پټنوم',
  'reset.button': 'نوی پټنوم خوندي کړئ',
  'reset.done.title': 'ستاسو پټنوم بدل شو',
  'reset.done.text': 'په خپل نوي پټنوم ننوځئ. تاسو له نورو ټولو ځايونو ووېستل شوئ.',

  'accountPassword.title': 'خپل پټنوم بدل کړئ',
  'accountPassword.current': 'اوسنی پټنوم',
  'accountPassword.password': 'نوی پټنوم',
  'accountPassword.button': 'پټنوم بدل کړئ',
  'accountPassword.done': 'ستاسو پټنوم بدل شو. تاسو له نورو ټولو ځايونو ووېستل شوئ.',

  'accountEmail.title': 'خپله برېښناليک پته بدله کړئ',
  'accountEmail.intro': 'ستاسو اوسنۍ پته {email} ده. کله چې هغه لينک پرانيزئ چې نوې پتې ته يې لېږو، بدلېږي.',
  'accountEmail.email': 'نوې برېښناليک پته',
  'accountEmail.current': 'اوسنی پټنوم',
  'accountEmail.button': 'د تاييد لينک ولېږئ',
  'accountEmail.confirm.title': 'خپله نوې پته وکاروئ',
  'accountEmail.confirm.intro': 'له اوس وروسته {email} د خپل حساب د پتې په توګه وکاروئ.',
  'accountEmail.confirm.button': 'دا پته وکاروئ',
  'accountEmail.done.title': 'ستاسو پته بدله شوه',
  'accountEmail.done.text': 'ستاسو حساب اوس {email} کاروي. له اوس وروسته په همدې پته ننوځئ.',

  'account.links': 'ستاسو حساب',
  'account.password': 'خپل پټنوم بدل کړئ',
  'account.invitations': 'سمونګر راوبولئ',

  'invitation.title': 'د سمونګر په توګه {city} سره يوځای شئ',
  'invitation.intro': 'تاسو د {email} په پته د {city} د تجربو، پېژندنې او ذينفع اړخونو سمون ته رابلل شوي ياست.',
  'invitation.existing': 'ستاسو حساب {email} به د {city} سمونګر شي.',
  'invitation.name': 'ستاسو نوم',
  'invitation.password': 'پټنوم',
  'invitation.button': 'بلنه ومنئ',
  'invitation.done.title': '{city} ته ښه راغلاست',
  'invitation.done.created': 'ستاسو حساب چمتو دی: د {email} په توګه ننوځئ.',
  'invitation.done.attached': 'ستاسو حساب {email} اوس {city} سموي.',

  'invitations.title': 'سمونګر راوبولئ',
  'invitations.intro':
    'بلنه يو لينک دی چې په برېښناليک لېږل کېږي. يوازې يو ځل او د 7 ورځو لپاره کار کوي، او د ښار سمونګر جوړوي (نوی حساب، يا د همدې پتې موجود حساب).',
  'invitations.email': 'برېښناليک پته',
  'invitations.city': 'ښار',
  'invitations.language': 'د بلنې ژبه',
  'invitations.button': 'بلنه ولېږئ',
  'invitations.sent': 'بلنه {email} ته په لاره ده.',
  'invitations.revoked': 'بلنه بېرته واخيستل شوه.',
  'invitations.list': 'بلنې',
  'invitations.none': 'تر اوسه هېڅ بلنه نشته.',
  'invitations.col.email': 'رابلل شوی',
  'invitations.col.city': 'ښار',
  'invitations.col.by': 'له خوا',
  'invitations.col.state': 'حالت',
  'invitations.col.expires': 'لينک تر دې کار کوي',
  'invitations.revoke': 'بېرته اخيستل',
  'invitations.revokeLabel': 'د {email} بلنه بېرته واخلئ',
  'invitations.state.pending': 'په انتظار کې',
  'invitations.state.accepted': 'منل شوې',
  'invitations.state.revoked': 'بېرته اخيستل شوې',
  'invitations.state.expired': 'پای ته رسېدلې',
} satisfies Record<keyof typeof english, string>;

addMessages('ps', access);
