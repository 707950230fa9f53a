import { addMessages } from '../../i18n.ts';

/** Interface strings of the open data page (English). */
export const openData = {
  'openData.title': 'Open data',
  'openData.lead':
    'Everything published here is open data under the Creative Commons Attribution 4.0 licence: download each data set as CSV or JSON, all of them in one ZIP file, or read the DCAT-AP catalogue.',
  'openData.datasets': 'Data sets',
  'openData.csv': 'CSV',
  'openData.csvNoBom': 'CSV without byte order mark',
  'openData.json': 'JSON',
  'openData.all': 'Everything in one ZIP file (CSV, JSON and the catalogue)',
  'openData.catalog': 'DCAT-AP catalogue (JSON-LD)',
  'openData.csvFormat':
    'The CSV files are UTF-8 with a byte order mark, so spreadsheet programs show accented names right. Every field of a record is a column; nested fields have dotted headers (duration.start); lists are joined with "; " (as a JSON array when an item holds a semicolon); lists of objects are JSON. Text a spreadsheet would take for a formula starts with an apostrophe.',
  'openData.section.practices': 'Practices',
  'openData.section.cities': 'City profiles',
  'openData.section.events': 'Events and programmes',
  'openData.importTitle': 'Import from CSV',
  'openData.importIntro':
    'Upload a CSV file as the export writes it (any of its columns, "id" required) to add or replace records, all or nothing. You may import only the records you may edit.',
  'openData.importSection': 'Records to import',
  'openData.importFile': 'CSV file',
  'openData.importPaste': 'Or paste the CSV text',
  'openData.importButton': 'Import',
  'openData.importErrors': 'Nothing was imported',
  'openData.imported': 'Imported: {created} new, {updated} replaced.',
} as const;

addMessages('en', openData);
