import { addMessages } from '../../i18n.ts';
import type { openData as english } from '../en/open-data.ts';

/** Interface strings of the open data page (German; machine-assisted, not reviewed by a native speaker). */
export const openData = {
  'openData.title': 'Offene Daten',
  'openData.lead':
    'Alles, was hier veröffentlicht ist, sind offene Daten unter der Lizenz Creative Commons Namensnennung 4.0: Laden Sie jeden Datensatz als CSV oder JSON herunter, alle zusammen in einer ZIP-Datei, oder lesen Sie den DCAT-AP-Katalog.',
  'openData.datasets': 'Datensätze',
  'openData.csv': 'CSV',
  'openData.csvNoBom': 'CSV ohne Byte-Order-Mark',
  'openData.json': 'JSON',
  'openData.all': 'Alles in einer ZIP-Datei (CSV, JSON und der Katalog)',
  'openData.catalog': 'DCAT-AP-Katalog (JSON-LD)',
  'openData.csvFormat':
    'Die CSV-Dateien sind UTF-8 mit Byte-Order-Mark, damit Tabellenkalkulationen Namen mit Akzenten richtig anzeigen. Jedes Feld eines Datensatzes ist eine Spalte; verschachtelte Felder haben Spaltenköpfe mit Punkt (duration.start); Listen werden mit „; “ verbunden (als JSON-Array, wenn ein Eintrag ein Semikolon enthält); Listen von Objekten sind JSON. Text, den eine Tabellenkalkulation für eine Formel halten würde, beginnt mit einem Apostroph.',
  'openData.section.practices': 'Praktiken',
  'openData.section.cities': 'Städteprofile',
  'openData.section.events': 'Veranstaltungen und Programme',
  'openData.importTitle': 'Aus CSV importieren',
  'openData.importIntro':
    'Laden Sie eine CSV-Datei so hoch, wie der Export sie schreibt (beliebige ihrer Spalten, „id“ erforderlich), um Datensätze hinzuzufügen oder zu ersetzen – alles oder nichts. Sie können nur Datensätze importieren, die Sie bearbeiten dürfen.',
  'openData.importSection': 'Zu importierende Datensätze',
  'openData.importFile': 'CSV-Datei',
  'openData.importPaste': 'Oder fügen Sie den CSV-Text ein',
  'openData.importButton': 'Importieren',
  'openData.importErrors': 'Nichts wurde importiert',
  'openData.imported': 'Importiert: {created} neu, {updated} ersetzt.',
} satisfies Record<keyof typeof english, string>;

addMessages('de', openData);
