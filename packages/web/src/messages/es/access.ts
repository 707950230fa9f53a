import { addMessages } from '../../i18n.ts';
import type { access as english } from '../en/access.ts';

/** Signing up, confirming an address, passwords, a new address, invitations (Spanish, not yet reviewed by a native speaker). */
export const access = {
  'signUp.title': 'Crear una cuenta',
  'signUp.intro':
    'Cualquier persona puede leer sin cuenta. Con una cuenta puede inscribirse en eventos; los editores de ciudad reciben la invitación de su ciudad o de un administrador.',
  'signUp.name': 'Su nombre',
  'signUp.email': 'Correo electrónico',
  'signUp.password': 'Contraseña',
  'signUp.passwordHint':
    'Al menos 10 caracteres y difícil de adivinar: una frase de contraseña de cuatro o más palabras sin relación entre sí funciona bien.',
  'signUp.button': 'Crear una cuenta',
  'signUp.haveAccount': '¿Ya tiene una cuenta? Inicie sesión',
  'signUp.sent.title': 'Revise su bandeja de entrada',
  'signUp.rateLimited': 'Demasiadas solicitudes: espere un minuto y vuelva a intentarlo.',
  'signIn.noAccount': '¿Aún no tiene cuenta? Cree una',
  'signIn.forgot': '¿Ha olvidado su contraseña?',
  'signIn.unverified':
    'Confirme primero su correo electrónico: abra el enlace que le enviamos. Si vuelve a registrarse, recibirá un enlace nuevo.',

  'verify.title': 'Confirme su correo electrónico',
  'verify.intro': 'Confirme que {email} es su dirección para terminar de crear su cuenta.',
  'verify.button': 'Confirmar mi dirección',
  'verify.done.title': 'Su dirección está confirmada',
  'verify.done.text': 'Gracias: {email} está confirmada. Ya puede iniciar sesión.',
  'verify.signIn': 'Iniciar sesión',

  'link.failed.title': 'Este enlace no funciona',

  'forgot.title': 'Ha olvidado su contraseña',
  'forgot.intro': 'Indique la dirección de su cuenta: le enviaremos un enlace para elegir una contraseña nueva.',
  'forgot.email': 'Correo electrónico',
  'forgot.button': 'Enviar el enlace',
  'forgot.sent.title': 'Revise su bandeja de entrada',

  'reset.title': 'Elegir una contraseña nueva',
  'reset.password': 'Contraseña nueva',
  'reset.button': 'Guardar la contraseña nueva',
  'reset.done.title': 'Su contraseña se ha cambiado',
  'reset.done.text': 'Inicie sesión con su contraseña nueva. Se ha cerrado su sesión en todos los demás lugares.',

  'accountPassword.title': 'Cambiar su contraseña',
  'accountPassword.current': 'Contraseña actual',
  'accountPassword.password': 'Contraseña nueva',
  'accountPassword.button': 'Cambiar la contraseña',
  'accountPassword.done': 'Su contraseña se ha cambiado. Se ha cerrado su sesión en todos los demás lugares.',

  'accountEmail.title': 'Cambiar su correo electrónico',
  'accountEmail.intro':
    'Su dirección actual es {email}. Cambiará cuando abra el enlace que enviaremos a la nueva dirección.',
  'accountEmail.email': 'Nuevo correo electrónico',
  'accountEmail.current': 'Contraseña actual',
  'accountEmail.button': 'Enviar el enlace de confirmación',
  'accountEmail.confirm.title': 'Usar su nueva dirección',
  'accountEmail.confirm.intro': 'Usar {email} como dirección de su cuenta a partir de ahora.',
  'accountEmail.confirm.button': 'Usar esta dirección',
  'accountEmail.done.title': 'Su dirección se ha cambiado',
  'accountEmail.done.text': 'Su cuenta usa ahora {email}. A partir de ahora, inicie sesión con ella.',

  'account.links': 'Su cuenta',
  'account.password': 'Cambiar su contraseña',
  'account.invitations': 'Invitar a editores',

  'invitation.title': 'Unirse a {city} como editor',
  'invitation.intro':
    'Le han invitado a editar las prácticas, el perfil y las partes interesadas de {city} con la dirección {email}.',
  'invitation.existing': 'Su cuenta {email} pasará a ser editora de {city}.',
  'invitation.name': 'Su nombre',
  'invitation.password': 'Contraseña',
  'invitation.button': 'Aceptar la invitación',
  'invitation.done.title': 'Bienvenido a {city}',
  'invitation.done.created': 'Su cuenta está lista: inicie sesión como {email}.',
  'invitation.done.attached': 'Su cuenta {email} ahora edita {city}.',

  'invitations.title': 'Invitar a editores',
  'invitations.intro':
    'Una invitación es un enlace enviado por correo electrónico. Funciona una sola vez, durante 7 días, y convierte a la persona en editora de la ciudad (con una cuenta nueva o con la cuenta existente de esa dirección).',
  'invitations.email': 'Correo electrónico',
  'invitations.city': 'Ciudad',
  'invitations.language': 'Idioma de la invitación',
  'invitations.button': 'Enviar la invitación',
  'invitations.sent': 'La invitación va de camino a {email}.',
  'invitations.revoked': 'Se ha retirado la invitación.',
  'invitations.list': 'Invitaciones',
  'invitations.none': 'Todavía no hay invitaciones.',
  'invitations.col.email': 'Invitado',
  'invitations.col.city': 'Ciudad',
  'invitations.col.by': 'Por',
  'invitations.col.state': 'Estado',
  'invitations.col.expires': 'Enlace válido hasta',
  'invitations.revoke': 'Retirar',
  'invitations.revokeLabel': 'Retirar la invitación de {email}',
  'invitations.state.pending': 'pendiente',
  'invitations.state.accepted': 'aceptada',
  'invitations.state.revoked': 'retirada',
  'invitations.state.expired': 'caducada',
} satisfies Record<keyof typeof english, string>;

addMessages('es', access);
