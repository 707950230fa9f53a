import { addMessages } from '../../i18n.ts';
import type { mail as english } from '../en/mail.ts';

/** Every e-mail the platform sends, and the outbox pages (Spanish, not yet reviewed by a native speaker). */
export const mail = {
  'mail.greeting': 'Hola, {name}:',
  'mail.signature': 'El equipo de Convivio',
  'mail.linkIntro': 'Si el botón no funciona, copie esta dirección en su navegador:',
  'mail.unsubscribe':
    'Recibe este mensaje porque se ha inscrito en un evento. Para dejar de recibir estos mensajes: {url}',
  'mail.unsubscribeLink': 'Darse de baja',
  'mail.agenda.waiting': '{line}: en lista de espera',

  'mail.verifyEmail.subject': 'Confirme su correo electrónico para Convivio',
  'mail.verifyEmail.intro':
    'Gracias por registrarse. Confirme que esta dirección es suya para terminar de crear su cuenta.',
  'mail.verifyEmail.action': 'Confirmar mi dirección',
  'mail.verifyEmail.after':
    'El enlace funciona una sola vez, durante {hours} horas. Si no se ha registrado, ignore este mensaje: sin confirmación no se crea ninguna cuenta.',

  'mail.alreadyRegistered.subject': 'Alguien intentó registrarse con su dirección',
  'mail.alreadyRegistered.intro':
    'Alguien (quizá usted) intentó registrarse en Convivio con esta dirección, que ya tiene una cuenta. No se ha cambiado nada.',
  'mail.alreadyRegistered.action': 'Iniciar sesión',
  'mail.alreadyRegistered.after': '¿Ha olvidado su contraseña? Solicite una nueva en {forgotUrl}',

  'mail.resetPassword.subject': 'Restablezca su contraseña de Convivio',
  'mail.resetPassword.intro': 'Alguien (esperamos que usted) ha pedido restablecer la contraseña de su cuenta.',
  'mail.resetPassword.action': 'Elegir una contraseña nueva',
  'mail.resetPassword.after':
    'El enlace funciona una sola vez, durante {hours} horas. Si no lo ha pedido, ignore este mensaje: su contraseña no cambia.',

  'mail.passwordChanged.subject': 'Se ha cambiado su contraseña de Convivio',
  'mail.passwordChanged.intro': 'Se acaba de cambiar la contraseña de su cuenta y se han cerrado sus demás sesiones.',
  'mail.passwordChanged.after': 'Si no ha sido usted, restablezca su contraseña de inmediato: {forgotUrl}',

  'mail.confirmNewEmail.subject': 'Confirme su nuevo correo electrónico para Convivio',
  'mail.confirmNewEmail.intro': 'Ha pedido usar esta dirección para su cuenta de Convivio. Confirme que es suya.',
  'mail.confirmNewEmail.action': 'Usar esta dirección',
  'mail.confirmNewEmail.after':
    'El enlace funciona una sola vez, durante {hours} horas. Si no lo ha pedido, ignore este mensaje.',

  'mail.emailChanged.subject': 'Su cuenta de Convivio tiene un nuevo correo electrónico',
  'mail.emailChanged.intro':
    'Su cuenta usa ahora la dirección {newEmail}; los mensajes ya no llegan a esta y debe iniciar sesión con la nueva.',
  'mail.emailChanged.after': 'Si no ha sido usted, avise de inmediato a un administrador.',

  'mail.invitation.subject': 'Le invitan a editar {city} en Convivio',
  'mail.invitation.intro':
    '{inviter} le invita a editar las prácticas, el perfil y las partes interesadas de {city} en Convivio, el espacio común donde las ciudades europeas comparten prácticas de integración.',
  'mail.invitation.action': 'Aceptar la invitación',
  'mail.invitation.after':
    'El enlace funciona una sola vez, hasta el {expires}. Si no conoce a {inviter}, ignore este mensaje.',

  'mail.registrationConfirmed.subject': 'Está inscrito en {event}',
  'mail.registrationConfirmed.intro': 'Su inscripción en {event} ({dates}) está confirmada.',
  'mail.registrationConfirmed.action': 'Ver su inscripción',
  'mail.registrationConfirmed.after':
    'Puede cambiar sus opciones o anular su inscripción desde la página de inscripción hasta que los organizadores la cierren.',

  'mail.assignmentResult.subject': 'Sus sesiones en {event}',
  'mail.assignmentResult.intro':
    'Los organizadores de {event} han asignado a los participantes a las sesiones. Su agenda figura a continuación; también se adjunta como archivo de calendario.',
  'mail.assignmentResult.action': 'Ver su agenda',
  'mail.assignmentResult.after': 'La agenda aún puede cambiar; si así fuera, se le avisará.',

  'mail.eventReminder.subject': 'Recordatorio: {event} comienza el {when}',
  'mail.eventReminder.intro': '{event} comienza el {when} ({place}). Su agenda figura a continuación.',
  'mail.eventReminder.action': 'Ver su agenda',
  'mail.eventReminder.after': 'Le esperamos.',

  'outbox.title': 'Bandeja de salida',
  'outbox.intro':
    'Cada correo que la plataforma ha enviado o enviaría. Sin un servidor SMTP (SMTP_URL), los mensajes se quedan aquí en cola, de modo que sus enlaces pueden abrirse desde esta página.',
  'outbox.smtp.on': 'Los mensajes se envían a través del servidor SMTP configurado.',
  'outbox.smtp.off': 'No hay ningún servidor SMTP configurado: los mensajes no se envían, solo se guardan aquí.',
  'outbox.empty': 'Todavía no hay mensajes.',
  'outbox.col.created': 'Creado',
  'outbox.col.to': 'Para',
  'outbox.col.subject': 'Asunto',
  'outbox.col.template': 'Tipo',
  'outbox.col.state': 'Estado',
  'outbox.state.queued': 'en cola',
  'outbox.state.sent': 'enviado',
  'outbox.state.failed': 'fallido',
  'outbox.error': 'Error del servidor SMTP: {error}',
  'outbox.sentAt': 'Enviado el {when}',
  'outbox.text': 'Texto sin formato',
  'outbox.html': 'HTML',
  'outbox.headers': 'Encabezados',
  'outbox.attachments': 'Archivos adjuntos',
  'outbox.noAttachments': 'Ninguno',
  'outbox.back': 'Todos los mensajes',
  'outbox.older': 'Mensajes anteriores',
  'outbox.newer': 'Mensajes más recientes',

  'unsubscribe.title': 'Darse de baja',
  'unsubscribe.question': '¿Dejar de enviar {category} a {email}?',
  'unsubscribe.button': 'Darse de baja',
  'unsubscribe.done': 'Hecho: {email} ya no recibirá {category}.',
  'unsubscribe.invalid': 'Este enlace para darse de baja no es válido. Copie la dirección completa del mensaje.',
  'unsubscribe.category.reminders': 'recordatorios de eventos',
} satisfies Record<keyof typeof english, string>;

addMessages('es', mail);
