import { zExportHeadersQuery } from '../csv/header-language.ts';
import {
  COMMITMENT_ROLES,
  COMMITMENT_STATUSES,
  zCharterCommitment,
  zCityCommitmentWrite,
  zSignatoryWrite,
  zSource,
} from '@convivio/shared';
import { z } from 'zod';

const zCityRef = z.object({ id: z.string(), name: z.string(), country: z.string() });

/** The charter as the API serves it. */
export const zCharterResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    signatoryCount: z.number().int().nullable().describe('Number of signatory cities as the source states it'),
    signatoryCityIds: z.array(z.string()),
    signatories: z
      .array(z.object({ city: zCityRef, signedOn: z.string().nullable() }))
      .describe('Signatory cities recorded on the platform (may be fewer than signatoryCount)'),
    commitments: z.array(zCharterCommitment),
    roles: z.array(z.enum(COMMITMENT_ROLES)),
    source: zSource.nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Charter' });

/** A city's entry for one commitment (status null: nothing recorded yet). */
export const zCityCommitment = z
  .object({
    commitment: zCharterCommitment,
    status: z.enum(COMMITMENT_STATUSES).nullable(),
    note: z.string().nullable(),
    evidenceLinks: z.array(z.string()),
    practices: z.array(z.object({ id: z.string(), name: z.string() })),
    version: z.number().int().describe('0 when nothing is recorded yet'),
    updatedBy: z
      .string()
      .nullable()
      .describe("Who made the last change (shown to the city's editors and administrators)"),
    createdAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'CityCommitment' });

export const zCityCommitmentsResponse = z
  .object({
    city: zCityRef,
    signatory: z.object({ signed: z.boolean(), signedOn: z.string().nullable() }),
    items: z.array(zCityCommitment),
  })
  .meta({ id: 'CityCommitments' });

const zCounts = {
  planned: z.number().int(),
  inProgress: z.number().int(),
  achieved: z.number().int(),
  dropped: z.number().int(),
};

export const zCharterReport = z
  .object({
    byCommitment: z.array(
      z.object({ commitmentId: z.string(), role: z.enum(COMMITMENT_ROLES), text: z.string(), ...zCounts }),
    ),
    byCity: z.array(z.object({ cityId: z.string(), cityName: z.string(), signatory: z.boolean(), ...zCounts })),
  })
  .meta({ id: 'CharterReport' });

/** The report with format=csv: the same counts as one CSV table. */
export const zCharterReportCsv = z
  .string()
  .describe('A row per commitment, then a row per city, told apart by the `scope` column');

export const zReportQuery = zExportHeadersQuery.extend({ format: z.enum(['json', 'csv']).default('json') });
export const zCityParams = z.object({ id: z.string().min(1).max(200) });
export const zCommitmentParams = zCityParams.extend({ commitmentId: z.string().min(1).max(200) });
export const zCommitmentWriteBody = zCityCommitmentWrite;
export const zSignatoryBody = zSignatoryWrite;
export const zSignatoryResponse = z.object({
  cityId: z.string(),
  signed: z.boolean(),
  signedOn: z.string().nullable(),
});
