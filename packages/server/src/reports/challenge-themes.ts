import { THEMES, type Theme } from '@convivio/shared';

/**
 * Which practice themes address each common challenge, matched on words of the
 * challenge's title. A challenge no rule matches falls back to themes whose name appears
 * in its title. The report shows the themes used, so readers can judge each match.
 */
const RULES: [RegExp, Theme[]][] = [
  [/polari[sz]|discriminat|racis|rumou?r/i, ['anti-discrimination', 'awareness-raising']],
  [/ghetto|segregat/i, ['housing', 'public-space']],
  [/labou?r|employ|economic|\bjobs?\b/i, ['employment', 'entrepreneurship']],
  [/housing|accommodation|\bhome/i, ['housing']],
  [/language|linguistic/i, ['language']],
  [/equal opportunit/i, ['anti-discrimination', 'education']],
  [/access to (resources|services)/i, ['reception', 'legal-aid', 'health']],
  [/coexist|cohesion/i, ['coexistence']],
  [/coordinat|stakeholder|governance/i, ['participation', 'capacity-building']],
  [/health|care\b/i, ['health']],
  [/educat|school|training/i, ['education']],
];

/** The themes that count as addressing a challenge with this title. */
export function themesForChallenge(title: string): Theme[] {
  const found = new Set<Theme>();
  for (const [re, themes] of RULES) if (re.test(title)) themes.forEach((t) => found.add(t));
  if (!found.size) for (const t of THEMES) if (title.toLowerCase().includes(t.replace(/-/g, ' '))) found.add(t);
  return [...found];
}
