import { addMessages } from '../../i18n.ts';
import type { translations as english } from '../en/translations.ts';

/** Translations of record texts: the notice on a translated page and the translation form (Dutch, not yet reviewed by a native speaker). */
export const translations = {
  'translations.notice':
    'Vertaald uit het origineel ({language}) — {kind, select, machine {machinevertaling} other {vertaald door een persoon}}, niet de oorspronkelijke tekst.',
  'translations.note': 'Opmerking: {note}',
  'translations.by': 'Vertaald door: {source}',
  'translations.readOriginal': 'Lees het origineel ({language})',
  'translations.readTranslation': 'Lees de vertaling ({language})',
  'translations.originalShown': 'U leest het origineel, ({language}).',
  'translations.translate': 'Vertalingen',
  'translations.form.title': 'Vertalingen van {name}',
  'translations.form.intro':
    'Vertaal de teksten van deze fiche in een andere taal. Laat een veld leeg om daar het origineel te tonen. Lezers zien welke teksten vertaald zijn en kunnen altijd het origineel lezen.',
  'translations.form.existing': 'Bestaande vertalingen',
  'translations.form.none': 'Nog geen vertalingen.',
  'translations.form.edit': 'Vertaling bewerken ({language})',
  'translations.form.language': 'Taal van de vertaling',
  'translations.form.kind': 'Wie vertaalde',
  'translations.form.kind.human': 'Een persoon',
  'translations.form.kind.machine': 'Een machine (automatische vertaling)',
  'translations.form.source': 'Vertaald door (persoon, dienst of hulpmiddel)',
  'translations.form.note': 'Opmerking voor lezers',
  'translations.form.original': 'Origineel: {text}',
  'translations.form.save': 'Vertaling opslaan',
  'translations.form.delete': 'Deze vertaling verwijderen',
  'translations.form.saved': 'De vertaling is opgeslagen.',
  'translations.form.deleted': 'De vertaling is verwijderd.',
  'translations.form.keyTakeawaysHint': 'Eén les per regel.',
} satisfies Record<keyof typeof english, string>;

addMessages('nl', translations);
