import { addMessages } from '../../i18n.ts';
import type { mail as english } from '../en/mail.ts';

/** Every e-mail the platform sends, and the outbox pages (Pashto, not yet reviewed by a native speaker). */
export const mail = {
  'mail.greeting': 'سلام {name}،',
  'mail.signature': 'د Convivio ټيم',
  'mail.linkIntro': 'که تڼۍ کار ونه کړي، دا پته خپل براوزر ته کاپي کړئ:',
  'mail.unsubscribe': 'تاسو دا پيغام ځکه ترلاسه کوئ چې د يوې پېښې لپاره مو نوم‌ليکنه کړې. د دې پيغامونو بندول: {url}',
  'mail.unsubscribeLink': 'ګډون لغوه کول',
  'mail.agenda.waiting': '{line}: د انتظار په لست کې',

  'mail.verifyEmail.subject': 'د Convivio لپاره خپله برېښناليک پته تاييد کړئ',
  'mail.verifyEmail.intro':
    'له نوم‌ليکنې مو مننه. مهرباني وکړئ تاييد کړئ چې دا پته ستاسو ده ترڅو ستاسو د حساب جوړول بشپړ شي.',
  'mail.verifyEmail.action': 'زما پته تاييد کړئ',
  'mail.verifyEmail.after':
    'دا لينک يوازې يو ځل او د {hours} ساعتونو لپاره کار کوي. که تاسو نوم‌ليکنه نه وي کړې، دا پيغام له پامه وغورځوئ: له دې پرته هېڅ حساب نه جوړېږي.',

  'mail.alreadyRegistered.subject': 'يو چا هڅه وکړه چې ستاسو په پته نوم‌ليکنه وکړي',
  'mail.alreadyRegistered.intro':
    'يو چا (ښايي تاسو) هڅه وکړه چې په دې پته په Convivio کې نوم‌ليکنه وکړي، خو دې پتې دمخه حساب لري. هېڅ بدلون نه دی راغلی.',
  'mail.alreadyRegistered.action': 'ننوتل',
  'mail.alreadyRegistered.after': 'پټنوم مو هېر کړی؟ نوی پټنوم له {forgotUrl} څخه وغواړئ',

  'mail.resetPassword.subject': 'د Convivio پټنوم بيا تنظيمول',
  'mail.resetPassword.intro': 'يو چا (هيله ده چې تاسو) غوښتي چې ستاسو د حساب پټنوم بيا تنظيم شي.',
  'mail.resetPassword.action': 'نوی پټنوم وټاکئ',
  'mail.resetPassword.after':
    'دا لينک يوازې يو ځل او د {hours} ساعتونو لپاره کار کوي. که تاسو دا نه وي غوښتي، دا پيغام له پامه وغورځوئ: ستاسو پټنوم به همداسې پاتې شي.',

  'mail.passwordChanged.subject': 'ستاسو د Convivio پټنوم بدل شو',
  'mail.passwordChanged.intro': 'ستاسو د حساب پټنوم همدا اوس بدل شو، او ستاسو نورې ناستې پای ته ورسېدې.',
  'mail.passwordChanged.after': 'که دا کار تاسو نه وي کړی، سمدستي خپل پټنوم بيا تنظيم کړئ: {forgotUrl}',

  'mail.confirmNewEmail.subject': 'د Convivio لپاره خپله نوې برېښناليک پته تاييد کړئ',
  'mail.confirmNewEmail.intro':
    'تاسو غوښتي چې دا پته د خپل Convivio حساب لپاره وکاروئ. مهرباني وکړئ تاييد کړئ چې دا پته ستاسو ده.',
  'mail.confirmNewEmail.action': 'دا پته وکاروئ',
  'mail.confirmNewEmail.after':
    'دا لينک يوازې يو ځل او د {hours} ساعتونو لپاره کار کوي. که تاسو دا نه وي غوښتي، دا پيغام له پامه وغورځوئ.',

  'mail.emailChanged.subject': 'ستاسو د Convivio حساب نوې برېښناليک پته لري',
  'mail.emailChanged.intro':
    'ستاسو حساب اوس د {newEmail} پته کاروي؛ پيغامونه نور دې پتې ته نه راځي او تاسو په نوې پته ننوځئ.',
  'mail.emailChanged.after': 'که دا کار تاسو نه وي کړی، سمدستي يو مدير خبر کړئ.',

  'mail.invitation.subject': 'تاسو په Convivio کې د {city} سمون ته رابلل شوي ياست',
  'mail.invitation.intro':
    '{inviter} تاسو رابولي چې په Convivio کې د {city} تجربې، پېژندنه او ذينفع اړخونه سم کړئ؛ هغه ګډ ځای چې اروپايي ښارونه پکې د ادغام تجربې شريکوي.',
  'mail.invitation.action': 'بلنه ومنئ',
  'mail.invitation.after':
    'دا لينک يوازې يو ځل او تر {expires} پورې کار کوي. که تاسو {inviter} نه پېژنئ، دا پيغام له پامه وغورځوئ.',

  'mail.registrationConfirmed.subject': 'تاسو د {event} لپاره نوم‌ليکنه کړې ده',
  'mail.registrationConfirmed.intro': 'د {event} ({dates}) لپاره ستاسو نوم‌ليکنه تاييد شوه.',
  'mail.registrationConfirmed.action': 'خپله نوم‌ليکنه وګورئ',
  'mail.registrationConfirmed.after':
    'تر هغه چې تنظيموونکي يې وتړي، تاسو کولای شئ د نوم‌ليکنې له پاڼې خپل انتخابونه بدل کړئ يا نوم‌ليکنه بېرته واخلئ.',

  'mail.assignmentResult.subject': 'په {event} کې ستاسو غونډې',
  'mail.assignmentResult.intro':
    'د {event} تنظيموونکو ګډونوال په غونډو وېشلي دي. ستاسو اجنډا لاندې ده؛ د جنترۍ د فايل په توګه هم ضميمه شوې ده.',
  'mail.assignmentResult.action': 'خپله اجنډا وګورئ',
  'mail.assignmentResult.after': 'اجنډا لا هم بدلېدای شي؛ که بدله شي، تاسو ته به خبر درکړل شي.',

  'mail.eventReminder.subject': 'يادونه: {event} {when} پيلېږي',
  'mail.eventReminder.intro': '{event} {when} ({place}) پيلېږي. ستاسو اجنډا لاندې ده.',
  'mail.eventReminder.action': 'خپله اجنډا وګورئ',
  'mail.eventReminder.after': 'ستاسو د ليدو هيله لرو.',

  'outbox.title': 'د لېږل شويو صندوق',
  'outbox.intro':
    'هر برېښناليک چې پلاتفورم لېږلی يا به يې لېږلی. د SMTP سرور (SMTP_URL) پرته پيغامونه دلته د انتظار په حالت کې پاتې کېږي، ترڅو د هغوی لينکونه له همدې پاڼې پرانيستل شي.',
  'outbox.smtp.on': 'پيغامونه د تنظيم شوي SMTP سرور له لارې لېږل کېږي.',
  'outbox.smtp.off': 'هېڅ SMTP سرور نه دی تنظيم شوی: پيغامونه نه لېږل کېږي، يوازې دلته ساتل کېږي.',
  'outbox.empty': 'تر اوسه هېڅ پيغام نشته.',
  'outbox.col.created': 'جوړ شوی',
  'outbox.col.to': 'ته',
  'outbox.col.subject': 'موضوع',
  'outbox.col.template': 'ډول',
  'outbox.col.state': 'حالت',
  'outbox.state.queued': 'په انتظار کې',
  'outbox.state.sent': 'لېږل شوی',
  'outbox.state.failed': 'ناکام شوی',
  'outbox.error': 'د SMTP سرور تېروتنه: {error}',
  'outbox.sentAt': 'لېږل شوی {when}',
  'outbox.text': 'ساده متن',
  'outbox.html': 'HTML',
  'outbox.headers': 'سرليکونه',
  'outbox.attachments': 'ضميمې',
  'outbox.noAttachments': 'هېڅ',
  'outbox.back': 'ټول پيغامونه',
  'outbox.older': 'زاړه پيغامونه',
  'outbox.newer': 'نوي پيغامونه',

  'unsubscribe.title': 'ګډون لغوه کول',
  'unsubscribe.question': '{email} ته د {category} لېږل بند شي؟',
  'unsubscribe.button': 'ګډون لغوه کړئ',
  'unsubscribe.done': 'وشو: {email} به نور {category} ترلاسه نه کړي.',
  'unsubscribe.invalid': 'د ګډون د لغوه کولو دا لينک سم نه دی. ټوله پته له پيغام څخه کاپي کړئ.',
  'unsubscribe.category.reminders': 'د پېښو يادونې',
} satisfies Record<keyof typeof english, string>;

addMessages('ps', mail);
