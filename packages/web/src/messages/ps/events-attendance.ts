import { addMessages } from '../../i18n.ts';
import type { eventsAttendance as english } from '../en/events-attendance.ts';

/** Interface strings of check-in, attendance and calendar subscriptions (Pashto; machine-assisted, not reviewed by a native speaker). */
export const eventsAttendance = {
  'events.badges.qr': 'د {name} د حاضرۍ کوډ',
  'events.checkin.title': 'د حاضرۍ ثبت: {event}',
  'events.checkin.lead':
    'پر بج د QR کوډ سکن کړئ (د USB يا تلېفون سکنر کوډ په ساحه کې ليکي او Enter کېکاږي)، کوډ وليکئ، يا شخص په نوم ومومئ.',
  'events.checkin.where': 'حاضري ثبتول په',
  'events.checkin.wholeEvent': 'پېښه (رارسېدل)',
  'events.checkin.change': 'بدلول',
  'events.checkin.code': 'د حاضرۍ کوډ',
  'events.checkin.codeHint': 'هغه کوډ چې پر بج د QR کوډ لاندې چاپ شوی.',
  'events.checkin.submit': 'حاضري ثبت کړئ',
  'events.checkin.camera': 'په کمره سکن کړئ',
  'events.checkin.cameraStop': 'کمره ودروئ',
  'events.checkin.cameraLabel': 'د بج د سکن لپاره د کمرې انځور',
  'events.checkin.search': 'د نوم يا سازمان له مخې لټون',
  'events.checkin.find': 'موندل',
  'events.checkin.results': 'موندل شوي کسان: {count}',
  'events.checkin.noResults': 'هېڅ نوم‌ليکلی کس له «{query}» سره سمون نه لري.',
  'events.checkin.person': 'د {name} حاضري ثبت کړئ',
  'events.checkin.already': 'په {time} حاضري ثبت شوې',
  'events.checkin.done': 'حاضري ثبت شوه: {name} ({role}).',
  'events.checkin.again': 'د {name} حاضري دلته لا دمخه په {time} ثبت شوې وه؛ هېڅ بدلون ونه شو.',
  'events.checkin.counts': 'تر اوسه ثبت شوې حاضري',
  'events.checkin.session': 'غونډه',
  'events.checkin.count': 'حاضر',
  'events.checkin.eventCount': 'له {registered} نوم‌ليکل شويو څخه {count}',
  'events.checkin.link': 'حاضري او ګډون',
  'events.feed.title': 'زما اجنډا ته ګډون: {event}',
  'events.feed.lead':
    'د جنترۍ اپلیکیشن (Google Calendar، Outlook، Apple Calendar، Thunderbird) کولی شي په يوه پټه پته ستاسو اجنډا ته ګډون وکړي او تازه يې وساتي. هر څوک چې پته پېژني ستاسو اجنډا لوستلی شي: له ځان سره يې وساتئ، او که بل چا ته ورسېده، لغوه يې کړئ.',
  'events.feed.none': 'تاسو تر اوسه د ګډون پته نه لرئ.',
  'events.feed.exists':
    'تاسو د ګډون پته لرئ چې په {date} جوړه شوې. ستاسو د خوندیتوب لپاره يوازې يو ځل ښودل کېږي: د نوې پتې لپاره يې نوې کړئ (زړه به کار ونه کړي).',
  'events.feed.created': 'ستاسو د ګډون نوې پته (يوازې اوس ښودل کېږي؛ د جنترۍ اپلیکیشن ته يې کاپي کړئ):',
  'events.feed.address': 'د ګډون پته',
  'events.feed.copy': 'کاپي',
  'events.feed.copied': 'کاپي شو.',
  'events.feed.create': 'د ګډون پته جوړه کړئ',
  'events.feed.renew': 'پته نوې کړئ',
  'events.feed.revoke': 'پته لغوه کړئ',
  'events.feed.revoked': 'د ګډون پته لغوه شوه: نور کار نه کوي.',
  'events.feed.link': 'په جنترۍ اپلیکیشن کې ګډون',
} satisfies Record<keyof typeof english, string>;

addMessages('ps', eventsAttendance);
