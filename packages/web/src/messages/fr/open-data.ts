import { addMessages } from '../../i18n.ts';
import type { openData as english } from '../en/open-data.ts';

/** Interface strings of the open data page (French; machine-assisted, not reviewed by a native speaker). */
export const openData = {
  'openData.title': 'Données ouvertes',
  'openData.lead':
    'Tout ce qui est publié ici est en données ouvertes sous licence Creative Commons Attribution 4.0 : téléchargez chaque jeu de données en CSV ou en JSON, tous réunis dans un fichier ZIP, ou consultez le catalogue DCAT-AP.',
  'openData.datasets': 'Jeux de données',
  'openData.csv': 'CSV',
  'openData.csvNoBom': 'CSV sans indicateur d’ordre des octets (BOM)',
  'openData.json': 'JSON',
  'openData.all': 'Tout dans un seul fichier ZIP (CSV, JSON et le catalogue)',
  'openData.catalog': 'Catalogue DCAT-AP (JSON-LD)',
  'openData.csvFormat':
    'Les fichiers CSV sont en UTF-8 avec indicateur d’ordre des octets (BOM), afin que les tableurs affichent correctement les noms accentués. Chaque champ d’un enregistrement est une colonne ; les champs imbriqués ont des en-têtes à points (duration.start) ; les listes sont jointes par « ; » (sous forme de tableau JSON lorsqu’un élément contient un point-virgule) ; les listes d’objets sont en JSON. Un texte qu’un tableur prendrait pour une formule commence par une apostrophe.',
  'openData.section.practices': 'Pratiques',
  'openData.section.cities': 'Profils des villes',
  'openData.section.events': 'Événements et programmes',
  'openData.importTitle': 'Importer depuis un CSV',
  'openData.importIntro':
    'Téléversez un fichier CSV tel que l’export l’écrit (n’importe laquelle de ses colonnes, « id » obligatoire) pour ajouter ou remplacer des enregistrements, en tout ou rien. Vous ne pouvez importer que les enregistrements que vous êtes autorisé à modifier.',
  'openData.importSection': 'Enregistrements à importer',
  'openData.importFile': 'Fichier CSV',
  'openData.importPaste': 'Ou collez le texte CSV',
  'openData.importButton': 'Importer',
  'openData.importErrors': 'Rien n’a été importé',
  'openData.imported': 'Importés : {created} nouveaux, {updated} remplacés.',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', openData);
