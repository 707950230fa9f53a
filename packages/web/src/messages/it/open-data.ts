import { addMessages } from '../../i18n.ts';
import type { openData as english } from '../en/open-data.ts';

/** Interface strings of the open data page (Italian; machine-assisted, not reviewed by a native speaker). */
export const openData = {
  'openData.title': 'Dati aperti',
  'openData.lead':
    'Tutto ciò che è pubblicato qui è un dato aperto con licenza Creative Commons Attribuzione 4.0: scarichi ciascun insieme di dati in CSV o JSON, tutti insieme in un unico file ZIP, oppure consulti il catalogo DCAT-AP.',
  'openData.datasets': 'Insiemi di dati',
  'openData.csv': 'CSV',
  'openData.csvNoBom': 'CSV senza byte order mark',
  'openData.json': 'JSON',
  'openData.all': 'Tutto in un unico file ZIP (CSV, JSON e il catalogo)',
  'openData.catalog': 'Catalogo DCAT-AP (JSON-LD)',
  'openData.csvFormat':
    'I file CSV sono in UTF-8 con byte order mark, così i fogli di calcolo mostrano correttamente i nomi accentati. Ogni campo di un record è una colonna; i campi annidati hanno intestazioni con il punto (duration.start); gli elenchi sono uniti con «; » (come array JSON quando una voce contiene un punto e virgola); gli elenchi di oggetti sono in JSON. Il testo che un foglio di calcolo scambierebbe per una formula inizia con un apostrofo.',
  'openData.section.practices': 'Pratiche',
  'openData.section.cities': 'Profili delle città',
  'openData.section.events': 'Eventi e programmi',
  'openData.importTitle': 'Importa da CSV',
  'openData.importIntro':
    'Carichi un file CSV così come lo scrive l’esportazione (una qualsiasi delle sue colonne, «id» obbligatoria) per aggiungere o sostituire record, tutto o niente. Può importare solo i record che è autorizzato a modificare.',
  'openData.importSection': 'Record da importare',
  'openData.importFile': 'File CSV',
  'openData.importPaste': 'Oppure incolli il testo CSV',
  'openData.importButton': 'Importa',
  'openData.importErrors': 'Non è stato importato nulla',
  'openData.imported': 'Importati: {created} nuovi, {updated} sostituiti.',
} satisfies Record<keyof typeof english, string>;

addMessages('it', openData);
