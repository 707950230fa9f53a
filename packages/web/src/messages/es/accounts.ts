import { addMessages } from '../../i18n.ts';
import type { accounts as english } from '../en/accounts.ts';

/** Signing in and out, and the error pages (Spanish, not yet reviewed by a native speaker). */
export const accounts = {
  'signIn.title': 'Iniciar sesión',
  'signIn.intro':
    'Los editores de ciudad y los administradores inician sesión para añadir y editar las prácticas y el perfil de su ciudad. Para leer no hace falta una cuenta.',
  'signIn.email': 'Correo electrónico',
  'signIn.password': 'Contraseña',
  'signIn.button': 'Iniciar sesión',
  'signIn.failed': 'El correo electrónico o la contraseña no son correctos.',
  'signIn.rateLimited': 'Demasiados intentos: espere un minuto y vuelva a intentarlo.',
  'signIn.already': 'Ha iniciado sesión como {name}.',
  'signIn.continue': 'Continuar',
  'error.badRequest.title': 'No se puede responder a esta solicitud',
  'error.notFound.title': 'Página no encontrada',
  'error.notFound.text': 'No hay nada en esta dirección. Puede que se haya movido, despublicado o escrito mal.',
  'error.forbidden.title': 'No tiene permiso para hacer esto',
  'error.forbidden.text':
    'Su cuenta no lo permite. Los editores de ciudad solo pueden modificar los registros de su propia ciudad.',
  'error.rateLimited.title': 'Demasiados intentos',
  'error.rateLimited.text': 'Espere un minuto y vuelva a intentarlo.',
  'error.internal.title': 'Algo ha salido mal por nuestra parte',
  'error.internal.text': 'El error se ha registrado. Vuelva a intentarlo más tarde.',
  'error.detail': 'Detalles: {message}',
  'error.home': 'Ir a la página de inicio',
  'error.search': 'Buscar en las prácticas',
} satisfies Record<keyof typeof english, string>;

addMessages('es', accounts);
