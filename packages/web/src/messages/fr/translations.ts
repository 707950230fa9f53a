import { addMessages } from '../../i18n.ts';
import type { translations as english } from '../en/translations.ts';

/** Translations of record texts: the notice on a translated page and the translation form (French, not yet reviewed by a native speaker). */
export const translations = {
  'translations.notice':
    'Traduit depuis : {language} — {kind, select, machine {traduction automatique} other {traduit par une personne}}, ce n’est pas le texte original.',
  'translations.note': 'Note : {note}',
  'translations.by': 'Traduit par : {source}',
  'translations.readOriginal': 'Lire l’original ({language})',
  'translations.readTranslation': 'Lire la traduction ({language})',
  'translations.originalShown': 'Vous lisez l’original, en {language}.',
  'translations.translate': 'Traductions',
  'translations.form.title': 'Traductions de {name}',
  'translations.form.intro':
    'Traduisez les textes de cette fiche dans une autre langue. Laissez un champ vide pour y afficher l’original. Les lecteurs voient quels textes sont traduits et peuvent toujours lire l’original.',
  'translations.form.existing': 'Traductions existantes',
  'translations.form.none': 'Aucune traduction pour l’instant.',
  'translations.form.edit': 'Modifier la traduction ({language})',
  'translations.form.language': 'Langue de la traduction',
  'translations.form.kind': 'Qui a traduit',
  'translations.form.kind.human': 'Une personne',
  'translations.form.kind.machine': 'Une machine (traduction automatique)',
  'translations.form.source': 'Traduit par (personne, service ou outil)',
  'translations.form.note': 'Note pour les lecteurs',
  'translations.form.original': 'Original : {text}',
  'translations.form.save': 'Enregistrer la traduction',
  'translations.form.delete': 'Supprimer cette traduction',
  'translations.form.saved': 'La traduction a été enregistrée.',
  'translations.form.deleted': 'La traduction a été supprimée.',
  'translations.form.keyTakeawaysHint': 'Un enseignement par ligne.',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', translations);
