import { zCityRecord } from '@convivio/shared';
import { z } from 'zod';
import { writeBody, zVersionGuard } from '../records/write-body.ts';

export const zCitySummary = z
  .object({
    id: z.string(),
    name: z.string(),
    country: z.string(),
    status: z.string(),
    population: z.number().nullable(),
    migrantShare: z.number().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    profileComplete: z.boolean(),
    practiceCount: z.number().int(),
  })
  .meta({ id: 'CitySummary' });

export const zCityDetail = zCityRecord
  .extend({
    status: z.enum(['draft', 'published']),
    version: z.number().int(),
    updatedAt: z.string(),
    practices: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        typology: z.string().nullable(),
        status: z.string(),
        themes: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'City' });

export const zCityListQuery = z.object({
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  q: z.string().trim().max(200).optional(),
});

export const zCompareQuery = z.object({
  ids: z.string().min(1).describe('Two or more city ids separated by commas'),
});

export const zCityWrite = writeBody(zCityRecord, {
  id: 'CityWrite',
  optional: ['id'],
  extra: { version: zVersionGuard },
  description:
    'A city profile (the format of /api/v1/schemas/city.json). On create the id defaults to a slug of the name; on update it is taken from the URL.',
});
