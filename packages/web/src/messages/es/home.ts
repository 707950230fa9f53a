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
  'home.map': 'La red en un mapa',
  'home.map.skip': 'Saltar el mapa e ir a la presentación de la plataforma',
  'home.map.explore':
    'Explore la red: filtre el mapa por tema, tipología o grupo destinatario, o consúltelo como lista',
  'home.stats.events': 'eventos',
  'home.stats.evidence': 'cálculos de indicadores',
  'home.stats.labs': 'laboratorios de políticas',
  'home.stats.signatories': 'ciudades firmantes',
  'home.cities.text': 'Perfiles con población, proporción de migrantes, estrategia y enfoque participativo.',
  'home.events.next': 'Próximo:',
  'home.events.latest': 'Último:',
  'home.events.dates': 'del {start} al {end}',
  'home.events.none': 'Aún no se ha publicado ningún evento.',
  'home.evidence.text':
    'Concentración de migrantes, diversidad y segregación calculadas a partir de recuentos de población en cuadrícula, clasificadas por zona y cartografiadas.',
  'home.labs.text':
    'Laboratorios de políticas en {cities} ciudades, fase a fase: sesiones, microexperimentos y recomendaciones.',
  'home.charter': 'Carta de Ciudades Integradoras',
  'home.charter.text': '{commitments} compromisos, y la situación de cada ciudad firmante respecto a ellos.',
  'home.charter.none': 'La carta aún no se ha publicado.',
} satisfies Record<keyof typeof english, string>;

addMessages('es', home);
