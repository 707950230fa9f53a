import { addMessages } from '../../i18n.ts';
import type { follows as english } from '../en/follows.ts';

/** Interface strings of a person's follows and their digest (Spanish; machine-assisted, not reviewed by a native speaker). */
export const follows = {
  'follows.title': 'Lo que sigo',
  'follows.lead': 'Siga ciudades, temas y retos, y lea aquí lo que ha cambiado desde su última visita.',
  'follows.follow': 'Seguir {name}',
  'follows.unfollow': 'Dejar de seguir {name}',
  'follows.following': 'Sigue {name}.',
  'follows.none': 'Todavía no sigue nada.',
  'follows.kind.city': 'Ciudad',
  'follows.kind.theme': 'Tema',
  'follows.kind.challenge': 'Reto',
  'follows.add': 'Seguir un tema o un reto',
  'follows.what': 'Qué seguir',
  'follows.digest': 'Lo que ha cambiado desde el {date}',
  'follows.nothingNew': 'Nada nuevo en lo que sigue desde entonces.',
  'follows.practiceNew': 'Nueva práctica: {name}',
  'follows.practiceUpdated': 'Práctica actualizada: {name}',
  'follows.assessment': 'Evaluación de la carta en {cycle}: {commitment}, {status}',
  'follows.eventNew': 'Nuevo evento: {name}, {date}',
  'follows.eventRegistration': 'Inscripción abierta: {name}, {date}',
  'follows.evidenceRun': 'Nuevos resultados de indicadores: {name}',
  'follows.markRead': 'Marcar como leído',
  'follows.email': 'El resumen por correo electrónico',
  'follows.frequency.off': 'Nunca',
  'follows.frequency.weekly': 'Cada semana',
  'follows.saveEmail': 'Guardar',
  'follows.saved': 'Guardado.',
  'themes.title': 'Temas',
  'themes.lead':
    'Los temas de la biblioteca de prácticas: abra uno para ver sus prácticas, las ciudades activas y sus retos, y seguirlo.',
  'themes.caption': 'Temas de prácticas con sus prácticas publicadas y retos',
  'themes.theme': 'Tema',
  'themes.practices': 'Prácticas',
  'themes.challenges': 'Retos',
  'themes.practicesOf': 'Prácticas ({count})',
  'themes.search': 'Buscar las prácticas de este tema',
  'themes.noPractices': 'Aún no hay ninguna práctica publicada sobre este tema.',
  'themes.cities': 'Ciudades activas en este tema',
  'themes.cityPractices': '{count, plural, one {# práctica} other {# prácticas}}',
  'themes.noCities': 'Ninguna ciudad tiene aún una práctica publicada sobre este tema.',
  'themes.noChallenges': 'Ningún reto de la taxonomía menciona este tema.',
} satisfies Record<keyof typeof english, string>;

addMessages('es', follows);
