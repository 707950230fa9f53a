import { addMessages } from '../../i18n.ts';
import type { eventsAttendance as english } from '../en/events-attendance.ts';

/** Interface strings of check-in, attendance and calendar subscriptions (Spanish; machine-assisted, not reviewed by a native speaker). */
export const eventsAttendance = {
  'events.badges.qr': 'Código de registro de {name}',
  'events.checkin.title': 'Registro de entrada: {event}',
  'events.checkin.lead':
    'Escanee el código QR de una acreditación (un escáner USB o de teléfono escribe el código en el campo y pulsa Intro), escriba el código o busque a la persona por su nombre.',
  'events.checkin.where': 'Registrar la entrada en',
  'events.checkin.wholeEvent': 'El evento (llegada)',
  'events.checkin.change': 'Cambiar',
  'events.checkin.code': 'Código de registro',
  'events.checkin.codeHint': 'El código impreso bajo el código QR de la acreditación.',
  'events.checkin.submit': 'Registrar la entrada',
  'events.checkin.camera': 'Escanear con la cámara',
  'events.checkin.cameraStop': 'Detener la cámara',
  'events.checkin.cameraLabel': 'Imagen de la cámara para escanear una acreditación',
  'events.checkin.search': 'Buscar por nombre u organización',
  'events.checkin.find': 'Buscar',
  'events.checkin.results': 'Personas encontradas: {count}',
  'events.checkin.noResults': 'Ninguna persona inscrita coincide con «{query}».',
  'events.checkin.person': 'Registrar la entrada de {name}',
  'events.checkin.already': 'Entrada registrada a las {time}',
  'events.checkin.done': 'Entrada registrada: {name} ({role}).',
  'events.checkin.again': 'La entrada de {name} ya se había registrado aquí a las {time}; no ha cambiado nada.',
  'events.checkin.counts': 'Entradas registradas hasta ahora',
  'events.checkin.session': 'Sesión',
  'events.checkin.count': 'Entradas registradas',
  'events.checkin.eventCount': '{count} de {registered} inscritos',
  'events.checkin.link': 'Registro de entrada y asistencia',
  'events.feed.title': 'Suscribirse a mi agenda: {event}',
  'events.feed.lead':
    'Una aplicación de calendario (Google Calendar, Outlook, Calendario de Apple, Thunderbird) puede suscribirse a su agenda mediante una dirección secreta y mantenerla actualizada. Quien conozca la dirección puede leer su agenda: no la comparta y revóquela si se filtra.',
  'events.feed.none': 'Todavía no tiene una dirección de suscripción.',
  'events.feed.exists':
    'Tiene una dirección de suscripción, creada el {date}. Por su seguridad solo se muestra una vez: renuévela para obtener una nueva (la anterior deja de funcionar).',
  'events.feed.created':
    'Su nueva dirección de suscripción (solo se muestra ahora; cópiela en su aplicación de calendario):',
  'events.feed.address': 'Dirección de suscripción',
  'events.feed.copy': 'Copiar',
  'events.feed.copied': 'Copiada.',
  'events.feed.create': 'Crear una dirección de suscripción',
  'events.feed.renew': 'Renovar la dirección',
  'events.feed.revoke': 'Revocar la dirección',
  'events.feed.revoked': 'La dirección de suscripción se ha revocado: ya no funciona.',
  'events.feed.link': 'Suscribirse en una aplicación de calendario',
} satisfies Record<keyof typeof english, string>;

addMessages('es', eventsAttendance);
