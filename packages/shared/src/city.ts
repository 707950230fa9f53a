import { z } from 'zod';
import { zLanguage, zSlugId, zSource, zText } from './common.ts';

const year = z.number().int().min(1800).max(2100).nullable().default(null);

/** A city profile as the sources give it. */
export const zCityRecord = z.object({
  id: zSlugId('city'),
  name: z.string().trim().min(1).max(200),
  country: z.string().regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as "IT"' }),
  region: zText,
  language: zLanguage,
  population: z.number().int().nonnegative().nullable().default(null),
  populationYear: year,
  migrantShare: z.number().min(0).max(100).nullable().default(null),
  migrantShareYear: year,
  migrantShareDefinition: zText,
  nationalitiesCount: z.number().int().nonnegative().nullable().default(null),
  mainNationalities: z.array(z.string().min(1).max(200)).default([]),
  mayor: zText,
  migrationSituation: zText,
  challenges: zText,
  strategy: zText,
  participatoryApproach: zText,
  networks: z.array(z.string().min(1).max(300)).default([]),
  charterSignatory: z.boolean().nullable().default(null),
  keyTakeaways: z.array(z.string().min(1).max(5000)).default([]),
  areaCode: z.string().max(50).nullable().default(null),
  latitude: z
    .number()
    .min(-90, { message: 'must be a latitude in degrees between -90 and 90 (WGS 84)' })
    .max(90, { message: 'must be a latitude in degrees between -90 and 90 (WGS 84)' })
    .nullable()
    .default(null)
    .describe('Latitude of the city centre in decimal degrees (WGS 84); null when not known'),
  longitude: z
    .number()
    .min(-180, { message: 'must be a longitude in degrees between -180 and 180 (WGS 84)' })
    .max(180, { message: 'must be a longitude in degrees between -180 and 180 (WGS 84)' })
    .nullable()
    .default(null)
    .describe('Longitude of the city centre in decimal degrees (WGS 84); null when not known'),
  locationSource: z
    .string()
    .max(500)
    .nullable()
    .default(null)
    .describe('Where the coordinates were taken from (e.g. the GeoNames entry)'),
  profileComplete: z.boolean().default(false),
  source: zSource.nullable().default(null),
});

export type CityRecord = z.infer<typeof zCityRecord>;
export type CityInput = z.input<typeof zCityRecord>;
