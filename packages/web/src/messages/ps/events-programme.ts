import { addMessages } from '../../i18n.ts';
import type { eventsProgramme as english } from '../en/events-programme.ts';

/** Interface strings of the timetable, the session pages, the saved sessions and the ranking lists (Pashto; machine-assisted, not reviewed by a native speaker). */
export const eventsProgramme = {
  'events.rank.hint':
    '{what} په هغه ترتيب کېږدئ چې تاسو يې غوره ګڼئ، لومړی تر ټولو غوره. لږ تر لږه {min} او تر ډېره {max} درجه‌بندي کړئ، يا هېڅ.',
  'events.rank.cornerHint': 'تاسو به {rounds} وړاندېزونه واورئ، په هر پړاو کې يو.',
  'events.rank.what.parallel': 'غونډې',
  'events.rank.what.corner': 'وړاندېزونه',
  'events.rank.numberHint': 'هر هغه چې غواړئ يې، يوه شمېره ورکړئ، 1 تر ټولو غوره لپاره، او نور تش پرېږدئ.',
  'events.rank.numberLabel': 'درجه',
  'events.rank.keysHint':
    'هغه په نښه کړئ چې غواړئ يې. ترتيب د لېږد په تڼيو، د لېږد پر تڼۍ د غشي کليليو، يا د لاستي په راکښلو بدل کړئ.',
  'events.rank.number': 'د {title} درجه',
  'events.rank.include': '{title} شامل کړئ',
  'events.rank.up': 'پورته يې کړئ: {title}',
  'events.rank.down': 'ښکته يې کړئ: {title}',
  'events.rank.drag': 'د ترتيب د بدلولو لپاره يې راکاږئ: {title}',
  'events.rank.moved': '{title}: اوس له {count} څخه انتخاب {n}.',
  'events.rank.included': '{title} له {count} څخه د انتخاب {n} په توګه شامل شو.',
  'events.rank.excluded': '{title} ستاسو له درجه‌بندۍ وايستل شو.',
  'events.rank.top': '{title} لا دمخه لومړی دی.',
  'events.rank.bottom': '{title} لا دمخه ستاسو په انتخابونو کې وروستی دی.',
  'events.rank.tooFew': '{point}: لږ تر لږه {min} {what} درجه‌بندي کړئ، يا هېڅ (تاسو {count} درجه‌بندي کړي).',
  'events.rank.tooMany': '{point}: تر ډېره {max} {what} درجه‌بندي کړئ (تاسو {count} درجه‌بندي کړي).',
  'events.rank.about': 'د دې په اړه',
  'events.rank.noDescription': 'پروګرام هېڅ تشريح نه ورکوي.',
  'events.rank.notRanked': 'درجه‌بندي شوې نه ده',
  'events.rank.position': 'انتخاب {n}',
  'events.tt.noRoom': 'خونه نه ده ټاکل شوې',
  'events.tt.placeNoRoom': '{venue}، خونه نه ده ټاکل شوې',
  'events.tt.count': '{count} غونډې ښودل شوې.',
  'events.tt.countOne': '۱ غونډه ښودل شوې.',
  'events.tt.details': 'جزييات',
  'events.filter.room': 'ځای',
  'events.filter.roomNone': 'خونه نه ده ټاکل شوې',
  'events.filter.q': 'کلمې',
  'events.saved.add': 'زما اجنډا ته يې زيات کړئ',
  'events.saved.remove': 'له اجنډا يې لرې کړئ',
  'events.saved.in': 'ستاسو په اجنډا کې',
  'events.saved.added': '{title} ستاسو اجنډا ته زيات شو.',
  'events.saved.removed': '{title} ستاسو له اجنډا لرې شو.',
  'events.saved.failed': 'ستاسو اجنډا بدله نه شوه. بيا هڅه وکړئ.',
  'events.saved.registerFirst': 'خپلې اجنډا ته د غونډو د زياتولو لپاره په پېښه کې نوم‌ليکنه وکړئ.',
  'events.saved.title': 'هغه غونډې چې تاسو زياتې کړې',
  'events.saved.lead':
    'هغه غونډې چې تاسو له پروګرام څخه زياتې کړې. د غونډې زياتول څوکۍ نه ساتي: په موازي غونډو کې څوکۍ ستاسو د درجه‌بندي شويو انتخابونو پسې ځي.',
  'events.saved.none': 'تاسو تر اوسه هېڅ غونډه نه ده زياته کړې: په پروګرام کې «زما اجنډا ته يې زيات کړئ» وکاروئ.',
  'events.session.breadcrumb': 'غونډه',
  'events.session.when': 'کله',
  'events.session.where': 'چېرې',
  'events.session.kind': 'ډول',
  'events.session.sameTime': 'په ورته وخت کې',
  'events.session.people': 'خلک',
} satisfies Record<keyof typeof english, string>;

addMessages('ps', eventsProgramme);
