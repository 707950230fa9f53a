import { addMessages } from '../../i18n.ts';
import type { records as english } from '../en/records.ts';

/** Strings shared by every record page: empty fields, status, history, editing conflicts (Dari; machine-assisted, not reviewed by a native speaker). */
export const records = {
  'record.notStated': 'در منبع ذکر نشده',
  'record.notRecorded': 'ثبت نشده',
  'record.yes': 'بلی',
  'record.no': 'نخیر',
  'record.unknown': 'ذکر نشده',
  'record.status.draft': 'مسوده',
  'record.status.published': 'نشر شده',
  'record.breadcrumb': 'مسیر راهنما',
  'record.language': 'نوشته شده به زبان {language}',
  'record.readMore': 'بیشتر بخوانید',
  'history.intro':
    'هر تغییر نگهداری می‌شود. بازگرداندن نسخه قبلی آن را به حیث نسخه تازه ذخیره می‌کند؛ چیزی از بین نمی‌رود.',
  'history.caption': 'نسخه‌ها، تازه‌ترین اول',
  'history.version': 'نسخه',
  'history.action': 'تغییر',
  'history.status': 'وضعیت',
  'history.author': 'چه کسی',
  'history.date': 'چه وقت',
  'history.view': 'دیدن',
  'history.viewVersion': 'دیدن نسخه {version}',
  'history.restore': 'بازگرداندن',
  'history.restoreVersion': 'بازگرداندن نسخه {version}',
  'history.current': 'نسخه فعلی',
  'history.imported': 'از مجموعه معلومات وارد شده',
  'history.back': 'برگشت به تاریخچه',
  'history.revisionNotice':
    'شما نسخه {version} را می‌بینید که توسط {author} در {date} ذخیره شده است. نسخه فعلی {current} است.',
  'history.revisionNoticeImport':
    'شما نسخه {version} را می‌بینید که در {date} از مجموعه معلومات وارد شده است. نسخه فعلی {current} است.',
  'history.action.create': 'ایجاد شد',
  'history.action.update': 'ویرایش شد',
  'history.action.publish': 'نشر شد',
  'history.action.unpublish': 'نشر آن لغو شد',
  'history.action.import': 'وارد شد',
  'history.action.restore': 'نسخه {version} بازگردانده شد',
  'history.compare.legend': 'مقایسه دو نسخه',
  'history.compare.from': 'نسخه قدیمی‌تر',
  'history.compare.to': 'نسخه تازه‌تر',
  'history.compare.button': 'مقایسه',
  'history.compare.title': 'تغییرات از نسخه {from} تا نسخه {to} در {name}',
  'history.compare.intro': 'کلمه‌های حذف شده خط خورده‌اند، کلمه‌های افزوده شده زیر خط دارند.',
  'history.compare.none': 'هر دو نسخه محتوای یکسان دارند.',
  'history.compare.removedStart': '[حذف شده: ',
  'history.compare.addedStart': '[افزوده شده: ',
  'history.compare.changeEnd': ']',
  'history.compare.wasEmpty': 'در نسخه قدیمی‌تر خالی است.',
  'history.compare.nowEmpty': 'در نسخه تازه‌تر خالی است.',
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', records);
