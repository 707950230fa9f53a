import { z } from 'zod';
import { zSource } from './common.ts';
import { THEMES, type Theme } from './vocabulary.ts';

/** A practice theme a record (an event's session, a policy lab) deals with, and what the link rests on. */
export const zThemeLink = z.object({
  theme: z.enum(THEMES, { message: `must be one of the practice themes (${THEMES.join(', ')})` }),
  basis: z
    .string()
    .trim()
    .max(1000)
    .nullable()
    .default(null)
    .describe("The source's words the link rests on (null when an editor set it)"),
  source: zSource.nullable().default(null).describe('Where those words are'),
});

export type ThemeLink = z.infer<typeof zThemeLink>;

/** A record's theme links: each theme at most once. */
export const zThemeLinkList = z
  .array(zThemeLink)
  .max(THEMES.length)
  .superRefine((links, ctx) => {
    const seen = new Set<string>();
    links.forEach((l, i) => {
      if (seen.has(l.theme))
        ctx.addIssue({ code: 'custom', path: [i, 'theme'], message: `theme "${l.theme}" is listed twice` });
      seen.add(l.theme);
    });
  })
  .describe('Practice themes it deals with (it is listed on their theme pages)');

/** The same, empty when left out. */
export const zThemeLinks = zThemeLinkList.default([]);

/**
 * The links after an editor chose `chosen` themes: a theme kept keeps its basis and source,
 * a new one has none (the editor's choice), one left out goes. Unknown themes are passed on
 * for the schema to refuse.
 */
export function chooseThemes(current: readonly ThemeLink[], chosen: readonly string[]): ThemeLink[] {
  const byTheme = new Map(current.map((l) => [l.theme as string, l]));
  return [...new Set(chosen)].map(
    (theme) => byTheme.get(theme) ?? { theme: theme as Theme, basis: null, source: null },
  );
}
