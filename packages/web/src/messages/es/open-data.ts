import { addMessages } from '../../i18n.ts';
import type { openData as english } from '../en/open-data.ts';

/** Interface strings of the open data page (Spanish; machine-assisted, not reviewed by a native speaker). */
export const openData = {
  'openData.title': 'Datos abiertos',
  'openData.lead':
    'Todo lo publicado aquí son datos abiertos bajo la licencia Creative Commons Reconocimiento 4.0: descargue cada conjunto de datos en CSV o JSON, todos juntos en un archivo ZIP, o consulte el catálogo DCAT-AP.',
  'openData.datasets': 'Conjuntos de datos',
  'openData.csv': 'CSV',
  'openData.csvNoBom': 'CSV sin marca de orden de bytes',
  'openData.json': 'JSON',
  'openData.all': 'Todo en un único archivo ZIP (CSV, JSON y el catálogo)',
  'openData.catalog': 'Catálogo DCAT-AP (JSON-LD)',
  'openData.csvFormat':
    'Los archivos CSV están en UTF-8 con marca de orden de bytes, para que las hojas de cálculo muestren bien los nombres con tildes. Cada campo de un registro es una columna; los campos anidados tienen encabezados con punto (duration.start); las listas se unen con «; » (como matriz JSON cuando un elemento contiene un punto y coma); las listas de objetos están en JSON. El texto que una hoja de cálculo tomaría por una fórmula empieza con un apóstrofo.',
  'openData.section.practices': 'Prácticas',
  'openData.section.cities': 'Perfiles de ciudades',
  'openData.section.events': 'Eventos y programas',
  'openData.importTitle': 'Importar desde CSV',
  'openData.importIntro':
    'Suba un archivo CSV tal como lo escribe la exportación (cualquiera de sus columnas, «id» obligatoria) para añadir o sustituir registros, todo o nada. Solo puede importar los registros que tiene permiso para editar.',
  'openData.importSection': 'Registros que importar',
  'openData.importFile': 'Archivo CSV',
  'openData.importPaste': 'O pegue el texto CSV',
  'openData.importButton': 'Importar',
  'openData.importErrors': 'No se ha importado nada',
  'openData.imported': 'Importados: {created} nuevos, {updated} sustituidos.',
} satisfies Record<keyof typeof english, string>;

addMessages('es', openData);
