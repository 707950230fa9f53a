import { addMessages } from '../../i18n.ts';
import type { eventsProgramme as english } from '../en/events-programme.ts';

/** Interface strings of the timetable, the session pages, the saved sessions and the ranking lists (Spanish; machine-assisted, not reviewed by a native speaker). */
export const eventsProgramme = {
  'events.rank.hint':
    'Ordene las {what} según su preferencia, la mejor primero. Clasifique al menos {min} y como máximo {max}, o ninguna.',
  'events.rank.cornerHint': 'Escuchará {rounds} presentaciones, una en cada ronda.',
  'events.rank.what.parallel': 'sesiones',
  'events.rank.what.corner': 'presentaciones',
  'events.rank.numberHint': 'Dé un número a cada una que desee, 1 para la mejor, y deje las demás vacías.',
  'events.rank.numberLabel': 'Puesto',
  'events.rank.keysHint':
    'Marque las que desee. Cambie el orden con los botones de mover, con las teclas de flecha sobre un botón de mover o arrastrando el asa.',
  'events.rank.number': 'Puesto de {title}',
  'events.rank.include': 'Incluir {title}',
  'events.rank.up': 'Subir: {title}',
  'events.rank.down': 'Bajar: {title}',
  'events.rank.drag': 'Arrastrar para reordenar: {title}',
  'events.rank.moved': '{title}: ahora opción {n} de {count}.',
  'events.rank.included': '{title} incluida como opción {n} de {count}.',
  'events.rank.excluded': '{title} ha quedado fuera de su clasificación.',
  'events.rank.top': '{title} ya es la primera.',
  'events.rank.bottom': '{title} ya es la última de sus opciones.',
  'events.rank.tooFew': '{point}: clasifique al menos {min} {what}, o ninguna (ha clasificado {count}).',
  'events.rank.tooMany': '{point}: clasifique como máximo {max} {what} (ha clasificado {count}).',
  'events.rank.about': 'Acerca de esto',
  'events.rank.noDescription': 'El programa no ofrece descripción.',
  'events.rank.notRanked': 'sin clasificar',
  'events.rank.position': 'Opción {n}',
  'events.tt.noRoom': 'Sala no indicada',
  'events.tt.placeNoRoom': '{venue}, sala no indicada',
  'events.tt.count': '{count} sesiones mostradas.',
  'events.tt.countOne': '1 sesión mostrada.',
  'events.tt.details': 'Detalles',
  'events.filter.room': 'Lugar',
  'events.filter.roomNone': 'Sala no indicada',
  'events.filter.q': 'Palabras',
  'events.saved.add': 'Añadir a mi agenda',
  'events.saved.remove': 'Quitar de mi agenda',
  'events.saved.in': 'En su agenda',
  'events.saved.added': '{title} se ha añadido a su agenda.',
  'events.saved.removed': '{title} se ha quitado de su agenda.',
  'events.saved.failed': 'No se ha podido modificar su agenda. Inténtelo de nuevo.',
  'events.saved.registerFirst': 'Inscríbase en el evento para añadir sesiones a su agenda.',
  'events.saved.title': 'Sesiones que ha añadido',
  'events.saved.lead':
    'Las sesiones que ha añadido desde el programa. Añadir una sesión no reserva plaza: las plazas en las sesiones paralelas siguen sus opciones clasificadas.',
  'events.saved.none': 'Todavía no ha añadido ninguna sesión: use «Añadir a mi agenda» en el programa.',
  'events.session.breadcrumb': 'Sesión',
  'events.session.when': 'Cuándo',
  'events.session.where': 'Dónde',
  'events.session.kind': 'Tipo',
  'events.session.sameTime': 'A la misma hora',
  'events.session.people': 'Participantes',
} satisfies Record<keyof typeof english, string>;

addMessages('es', eventsProgramme);
