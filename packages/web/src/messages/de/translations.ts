import { addMessages } from '../../i18n.ts';
import type { translations as english } from '../en/translations.ts';

/** Translations of record texts: the notice on a translated page and the translation form (German, not yet reviewed by a native speaker). */
export const translations = {
  'translations.notice':
    'Übersetzt aus: {language} — {kind, select, machine {maschinelle Übersetzung} other {von einer Person übersetzt}}, nicht der Originaltext.',
  'translations.note': 'Hinweis: {note}',
  'translations.by': 'Übersetzt von: {source}',
  'translations.readOriginal': 'Original lesen ({language})',
  'translations.readTranslation': 'Übersetzung lesen ({language})',
  'translations.originalShown': 'Sie lesen das Original, auf {language}.',
  'translations.translate': 'Übersetzungen',
  'translations.form.title': 'Übersetzungen von {name}',
  'translations.form.intro':
    'Übersetzen Sie die Texte dieses Eintrags in eine andere Sprache. Lassen Sie ein Feld leer, damit dort das Original erscheint. Leserinnen und Leser sehen, welche Texte übersetzt sind, und können immer das Original lesen.',
  'translations.form.existing': 'Vorhandene Übersetzungen',
  'translations.form.none': 'Noch keine Übersetzungen.',
  'translations.form.edit': 'Übersetzung bearbeiten ({language})',
  'translations.form.language': 'Sprache der Übersetzung',
  'translations.form.kind': 'Wer hat übersetzt',
  'translations.form.kind.human': 'Eine Person',
  'translations.form.kind.machine': 'Eine Maschine (automatische Übersetzung)',
  'translations.form.source': 'Übersetzt von (Person, Dienst oder Werkzeug)',
  'translations.form.note': 'Hinweis für Leserinnen und Leser',
  'translations.form.original': 'Original: {text}',
  'translations.form.save': 'Übersetzung speichern',
  'translations.form.delete': 'Diese Übersetzung löschen',
  'translations.form.saved': 'Die Übersetzung wurde gespeichert.',
  'translations.form.deleted': 'Die Übersetzung wurde gelöscht.',
  'translations.form.keyTakeawaysHint': 'Eine Erkenntnis pro Zeile.',
} satisfies Record<keyof typeof english, string>;

addMessages('de', translations);
