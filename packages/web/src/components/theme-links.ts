// The practice themes an event's session or a policy lab deals with: the checkboxes that set
// them and the links to their theme pages.
import '../messages/en/practices.ts';
import '../messages/en/theme-links.ts';
import { THEMES } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';
import { choiceGroup, type FormState } from './form-fields.ts';

/** The theme checkboxes of a form (field `themes`). */
export function themeChoices(t: Translate, state: FormState): SafeHtml {
  return choiceGroup(t, state, {
    name: 'themes',
    legend: t('themes.linked'),
    hint: t('themes.linkHint'),
    type: 'checkbox',
    columns: true,
    options: THEMES.map((theme) => ({ value: theme, label: t(`theme.${theme}`) })),
  });
}

/** The themes as links to their pages, comma-separated. */
export const themeLinkList = (t: Translate, links: readonly { theme: string }[]): SafeHtml =>
  html`${links.map((l, i) => html`${i ? ', ' : ''}<a href="/themes/${l.theme}">${t(`theme.${l.theme}`)}</a>`)}`;
