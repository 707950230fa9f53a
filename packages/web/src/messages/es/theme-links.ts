import { addMessages } from '../../i18n.ts';
import type { themeLinks as english } from '../en/theme-links.ts';

/** Events' sessions and policy labs linked to practice themes (Spanish; machine-assisted, not reviewed by a native speaker). */
export const themeLinks = {
  'themes.events': 'Eventos y sesiones',
  'themes.sessionOn': '{kind}, {date}',
  'themes.noEvents': 'Ningún evento publicado tiene todavía una sesión sobre este tema.',
  'themes.labs': 'Laboratorios de políticas',
  'themes.noLabs': 'Ningún laboratorio de políticas trabaja todavía en este tema.',
  'themes.linked': 'Temas',
  'themes.linkHint': 'Los temas de prácticas que trata: aparece en sus páginas de tema.',
  'themes.saveLinks': 'Guardar los temas',
  'events.form.themes': 'Temas',
} satisfies Record<keyof typeof english, string>;

addMessages('es', themeLinks);
