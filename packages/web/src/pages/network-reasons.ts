import type { Translate } from '../i18n.ts';

/** Why a practice or a city is offered: a message code, its parameters, and a list to join. */
export interface ReasonView {
  code: string;
  params: Record<string, string | number>;
  items?: string[];
}

/** Lists join as "a, b and c" in the page's language. */
export function joinList(t: Translate, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(t('network.listSeparator'))}${t('network.and')}${items.at(-1)}`;
}

const ITEM_KEYS: Record<string, string> = {
  sameTheme: 'theme',
  bothThemes: 'theme',
  sameTargetGroup: 'targetGroup',
};

/** A reason in words ("both ≈ 100,000 inhabitants", "both face housing and language"). */
export function reasonText(t: Translate, r: ReasonView, lang = 'en'): string {
  const numbers = new Intl.NumberFormat(lang);
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(r.params)) params[k] = typeof v === 'number' ? numbers.format(v) : v;
  const key = ITEM_KEYS[r.code];
  if (r.items) params.list = joinList(t, key ? r.items.map((i) => t(`${key}.${i}`)) : r.items);
  return t(`network.reason.${r.code}`, params);
}
