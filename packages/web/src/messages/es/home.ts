import { addMessages } from '../../i18n.ts';
import type { home as english } from '../en/home.ts';

/** The home page (Spanish, not yet reviewed by a native speaker). */
export const home = {
  'home.title': 'Convivio',
  'home.lead':
    'Una biblioteca abierta en la que las ciudades europeas comparten cómo acogen e incluyen a personas migrantes y refugiadas: prácticas descritas con una plantilla común, perfiles de ciudades y las personas que están detrás.',
  'home.search.label': 'Buscar en la biblioteca de prácticas',
  'home.search.button': 'Buscar',
  'home.stats': 'La biblioteca en cifras',
  'home.stats.practices': 'prácticas',
  'home.stats.cities': 'ciudades',
  'home.latestPractices': 'Últimas prácticas',
  'home.latestCities': 'Perfiles de ciudades',
  'home.allPractices': 'Todas las prácticas',
  'home.allCities': 'Todas las ciudades',
  'home.what': 'Qué puede hacer aquí',
  'home.what.find':
    'Encontrar prácticas por tema, grupo destinatario, país o tipología, y leerlas con la plantilla MUST-a-Lab: resultados, retos, recomendaciones y lecciones aprendidas.',
  'home.what.compare':
    'Comparar perfiles de ciudades uno al lado del otro: población, proporción de población migrante, estrategia y enfoque participativo.',
  'home.what.share':
    'Los editores de cada ciudad publican sus propias prácticas y mantienen al día el perfil de su ciudad.',
} satisfies Record<keyof typeof english, string>;

addMessages('es', home);
