import { addMessages } from '../../i18n.ts';
import type { translations as english } from '../en/translations.ts';

/** Translations of record texts: the notice on a translated page and the translation form (Pashto, not yet reviewed by a native speaker). */
export const translations = {
  'translations.notice':
    'له اصلي متن ({language}) څخه ژباړل شوی — {kind, select, machine {ماشیني ژباړه} other {د یو کس له خوا ژباړل شوی}}، اصلي متن نه دی.',
  'translations.note': 'یادونه: {note}',
  'translations.by': 'ژباړونکی: {source}',
  'translations.readOriginal': 'اصلي متن ولولئ ({language})',
  'translations.readTranslation': 'ژباړه ولولئ ({language})',
  'translations.originalShown': 'تاسو اصلي متن لولئ ({language}).',
  'translations.translate': 'ژباړې',
  'translations.form.title': 'د {name} ژباړې',
  'translations.form.intro':
    'د دې ثبت متنونه بلې ژبې ته وژباړئ. یو ځای تش پرېږدئ چې هلته اصلي متن وښودل شي. لوستونکي ویني چې کوم متنونه ژباړل شوي او تل کولی شي اصلي متن ولولي.',
  'translations.form.existing': 'شته ژباړې',
  'translations.form.none': 'تر اوسه ژباړه نشته.',
  'translations.form.edit': 'ژباړه سمول ({language})',
  'translations.form.language': 'د ژباړې ژبه',
  'translations.form.kind': 'چا وژباړه',
  'translations.form.kind.human': 'یو کس',
  'translations.form.kind.machine': 'ماشین (اتومات ژباړه)',
  'translations.form.source': 'ژباړونکی (کس، خدمت یا وسیله)',
  'translations.form.note': 'لوستونکو ته یادونه',
  'translations.form.original': 'اصلي: {text}',
  'translations.form.save': 'ژباړه خوندي کړئ',
  'translations.form.delete': 'دا ژباړه ړنګه کړئ',
  'translations.form.saved': 'ژباړه خوندي شوه.',
  'translations.form.deleted': 'ژباړه ړنګه شوه.',
  'translations.form.keyTakeawaysHint': 'په هره کرښه کې یوه پایله.',
} satisfies Record<keyof typeof english, string>;

addMessages('ps', translations);
