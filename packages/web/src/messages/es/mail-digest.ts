import { addMessages } from '../../i18n.ts';
import type { mailDigest as english } from '../en/mail-digest.ts';

/** The weekly digest e-mail of what a person follows (Spanish; machine-assisted, not reviewed by a native speaker). */
export const mailDigest = {
  'mail.followDigest.subject': 'Novedades en lo que sigue',
  'mail.followDigest.intro': 'Esto es lo que ha cambiado desde el {since} en las ciudades, temas y retos que sigue:',
  'mail.followDigest.action': 'Leer su resumen',
  'mail.followDigest.after': 'Recibe este resumen cada semana porque lo eligió en su página de seguimientos.',
  'unsubscribe.category.digest': 'el resumen semanal de lo que sigue',
} satisfies Record<keyof typeof english, string>;

addMessages('es', mailDigest);
