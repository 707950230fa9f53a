import { addMessages } from '../../i18n.ts';
import type { openData as english } from '../en/open-data.ts';

/** Interface strings of the open data page (Dutch; machine-assisted, not reviewed by a native speaker). */
export const openData = {
  'openData.title': 'Open data',
  'openData.lead':
    'Alles wat hier gepubliceerd is, is open data onder de licentie Creative Commons Naamsvermelding 4.0: download elke dataset als CSV of JSON, allemaal samen in één ZIP-bestand, of raadpleeg de DCAT-AP-catalogus.',
  'openData.datasets': 'Datasets',
  'openData.csv': 'CSV',
  'openData.csvNoBom': 'CSV zonder byte order mark',
  'openData.json': 'JSON',
  'openData.all': 'Alles in één ZIP-bestand (CSV, JSON en de catalogus)',
  'openData.catalog': 'DCAT-AP-catalogus (JSON-LD)',
  'openData.csvFormat':
    'De CSV-bestanden zijn UTF-8 met byte order mark, zodat spreadsheetprogramma’s namen met accenten goed tonen. Elk veld van een record is een kolom; geneste velden hebben kolomkoppen met een punt (duration.start); lijsten worden samengevoegd met „; ” (als JSON-array wanneer een item een puntkomma bevat); lijsten van objecten zijn JSON. Tekst die een spreadsheet voor een formule zou houden, begint met een apostrof.',
  'openData.section.practices': 'Praktijken',
  'openData.section.cities': 'Stadsprofielen',
  'openData.section.events': 'Evenementen en programma’s',
  'openData.importTitle': 'Importeren uit CSV',
  'openData.importIntro':
    'Upload een CSV-bestand zoals de export het schrijft (elk van de kolommen, „id” verplicht) om records toe te voegen of te vervangen, alles of niets. U kunt alleen records importeren die u mag bewerken.',
  'openData.importSection': 'Te importeren records',
  'openData.importFile': 'CSV-bestand',
  'openData.importPaste': 'Of plak de CSV-tekst',
  'openData.importButton': 'Importeren',
  'openData.importErrors': 'Er is niets geïmporteerd',
  'openData.imported': 'Geïmporteerd: {created} nieuw, {updated} vervangen.',
} satisfies Record<keyof typeof english, string>;

addMessages('nl', openData);
