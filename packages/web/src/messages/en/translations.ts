import { addMessages } from '../../i18n.ts';

/** Translations of record texts: the notice on a translated page and the translation form (English). */
export const translations = {
  'translations.notice':
    'Translated from {language} — {kind, select, machine {machine translation} other {translated by a person}}, not the original text.',
  'translations.note': 'Note: {note}',
  'translations.by': 'Translated by: {source}',
  'translations.readOriginal': 'Read the original in {language}',
  'translations.readTranslation': 'Read the translation into {language}',
  'translations.originalShown': 'You are reading the original, in {language}.',
  'translations.translate': 'Translations',
  'translations.form.title': 'Translations of {name}',
  'translations.form.intro':
    'Translate the texts of this record into another language. Leave a field empty to show the original there. Readers see which texts are translated and can always read the original.',
  'translations.form.existing': 'Existing translations',
  'translations.form.none': 'No translations yet.',
  'translations.form.edit': 'Edit the translation into {language}',
  'translations.form.language': 'Language of the translation',
  'translations.form.kind': 'Who translated',
  'translations.form.kind.human': 'A person',
  'translations.form.kind.machine': 'A machine (automatic translation)',
  'translations.form.source': 'Translated by (person, service or tool)',
  'translations.form.note': 'Note for readers',
  'translations.form.original': 'Original: {text}',
  'translations.form.save': 'Save the translation',
  'translations.form.delete': 'Delete this translation',
  'translations.form.saved': 'The translation was saved.',
  'translations.form.deleted': 'The translation was deleted.',
  'translations.form.keyTakeawaysHint': 'One takeaway per line.',
};

addMessages('en', translations);
