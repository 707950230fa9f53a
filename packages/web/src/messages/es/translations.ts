import { addMessages } from '../../i18n.ts';
import type { translations as english } from '../en/translations.ts';

/** Translations of record texts: the notice on a translated page and the translation form (Spanish, not yet reviewed by a native speaker). */
export const translations = {
  'translations.notice':
    'Traducido del original en {language} — {kind, select, machine {traducción automática} other {traducido por una persona}}, no es el texto original.',
  'translations.note': 'Nota: {note}',
  'translations.by': 'Traducido por: {source}',
  'translations.readOriginal': 'Leer el original ({language})',
  'translations.readTranslation': 'Leer la traducción ({language})',
  'translations.originalShown': 'Está leyendo el original, en {language}.',
  'translations.translate': 'Traducciones',
  'translations.form.title': 'Traducciones de {name}',
  'translations.form.intro':
    'Traduzca los textos de esta ficha a otro idioma. Deje un campo vacío para mostrar allí el original. Los lectores ven qué textos están traducidos y siempre pueden leer el original.',
  'translations.form.existing': 'Traducciones existentes',
  'translations.form.none': 'Todavía no hay traducciones.',
  'translations.form.edit': 'Editar la traducción ({language})',
  'translations.form.language': 'Idioma de la traducción',
  'translations.form.kind': 'Quién tradujo',
  'translations.form.kind.human': 'Una persona',
  'translations.form.kind.machine': 'Una máquina (traducción automática)',
  'translations.form.source': 'Traducido por (persona, servicio o herramienta)',
  'translations.form.note': 'Nota para los lectores',
  'translations.form.original': 'Original: {text}',
  'translations.form.save': 'Guardar la traducción',
  'translations.form.delete': 'Eliminar esta traducción',
  'translations.form.saved': 'La traducción se ha guardado.',
  'translations.form.deleted': 'La traducción se ha eliminado.',
  'translations.form.keyTakeawaysHint': 'Una conclusión por línea.',
} satisfies Record<keyof typeof english, string>;

addMessages('es', translations);
