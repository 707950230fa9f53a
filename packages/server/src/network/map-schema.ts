import { TARGET_GROUPS, THEMES, TYPOLOGIES } from '@convivio/shared';
import { z } from 'zod';

/** One value of a vocabulary, or blank (any: what an untouched form field sends). */
const choice = (values: readonly [string, ...string[]], what: string) =>
  z
    .enum(['', ...values], {
      error: `must be one of the ${what} of the practice library (${values.join(', ')}), or blank for any`,
    })
    .optional()
    .describe(`Only practices of this ${what.replace(/s$/, '')} (blank: any)`);

/** The map's filters: one theme, typology and target group at most. */
export const zNetworkQuery = z.object({
  theme: choice(THEMES, 'themes'),
  typology: choice(TYPOLOGIES, 'typologies'),
  targetGroup: choice(TARGET_GROUPS, 'target groups'),
});

export type NetworkQuery = z.infer<typeof zNetworkQuery>;

const zNetworkCity = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  practiceCount: z.number().int().describe('Published practices of the city that pass the filters'),
});

const zOption = z.object({ value: z.string(), count: z.number().int() });

export const zNetworkMap = z
  .object({
    filters: z.object({
      theme: z.string().nullable(),
      typology: z.string().nullable(),
      targetGroup: z.string().nullable(),
    }),
    practiceCount: z.number().int().describe('Published practices of the cities listed'),
    cities: z
      .array(zNetworkCity)
      .describe(
        'Published cities with coordinates, most practices first: with a filter, those with a matching practice; without, every located city',
      ),
    unlocated: z.array(zNetworkCity).describe('Cities that would be on the map but have no coordinates yet'),
    options: z
      .object({ theme: z.array(zOption), typology: z.array(zOption), targetGroup: z.array(zOption) })
      .describe('Practices per filter value, counted with the other filters applied'),
  })
  .meta({ id: 'NetworkMap' });

export type NetworkMap = z.infer<typeof zNetworkMap>;
