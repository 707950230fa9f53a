import { addMessages } from '../../i18n.ts';
import type { translations as english } from '../en/translations.ts';

/** Translations of record texts: the notice on a translated page and the translation form (Italian, not yet reviewed by a native speaker). */
export const translations = {
  'translations.notice':
    'Tradotto dall’originale in {language} — {kind, select, machine {traduzione automatica} other {tradotto da una persona}}, non è il testo originale.',
  'translations.note': 'Nota: {note}',
  'translations.by': 'Tradotto da: {source}',
  'translations.readOriginal': 'Leggi l’originale ({language})',
  'translations.readTranslation': 'Leggi la traduzione ({language})',
  'translations.originalShown': 'State leggendo l’originale, in {language}.',
  'translations.translate': 'Traduzioni',
  'translations.form.title': 'Traduzioni di {name}',
  'translations.form.intro':
    'Traducete i testi di questa scheda in un’altra lingua. Lasciate vuoto un campo per mostrarvi l’originale. Chi legge vede quali testi sono tradotti e può sempre leggere l’originale.',
  'translations.form.existing': 'Traduzioni esistenti',
  'translations.form.none': 'Ancora nessuna traduzione.',
  'translations.form.edit': 'Modifica la traduzione ({language})',
  'translations.form.language': 'Lingua della traduzione',
  'translations.form.kind': 'Chi ha tradotto',
  'translations.form.kind.human': 'Una persona',
  'translations.form.kind.machine': 'Una macchina (traduzione automatica)',
  'translations.form.source': 'Tradotto da (persona, servizio o strumento)',
  'translations.form.note': 'Nota per chi legge',
  'translations.form.original': 'Originale: {text}',
  'translations.form.save': 'Salva la traduzione',
  'translations.form.delete': 'Elimina questa traduzione',
  'translations.form.saved': 'La traduzione è stata salvata.',
  'translations.form.deleted': 'La traduzione è stata eliminata.',
  'translations.form.keyTakeawaysHint': 'Un insegnamento per riga.',
} satisfies Record<keyof typeof english, string>;

addMessages('it', translations);
