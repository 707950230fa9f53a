import {
  ASSESSMENT_STATUSES,
  COMMITMENT_ROLES,
  CYCLE_STATUSES,
  zAssessmentWrite,
  zCharterCommitment,
  zCycleWrite,
  zSource,
} from '@convivio/shared';
import { z } from 'zod';
import { zExportHeadersQuery } from '../csv/header-language.ts';

const zCityRef = z.object({ id: z.string(), name: z.string(), country: z.string() });
const zStatus = z.enum(ASSESSMENT_STATUSES);

export const zCycle = z
  .object({
    id: z.string(),
    name: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    state: z
      .enum(CYCLE_STATUSES)
      .describe('open: signatory cities assess their commitments; closed: the cycle is over'),
    source: zSource.nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CharterCycle' });

export const zCycleList = z.object({ items: z.array(zCycle) }).meta({ id: 'CharterCycleList' });

export const zAssessment = z
  .object({
    commitment: zCharterCommitment,
    status: zStatus.nullable().describe('null: not assessed in this cycle'),
    evidence: z.string().nullable(),
    evidenceLinks: z.array(z.string()),
    practices: z.array(z.object({ id: z.string(), name: z.string() })).describe('The practices that implement it'),
    source: zSource.nullable(),
    version: z.number().int().describe('0 when nothing is recorded yet'),
    assessedBy: z.string().nullable().describe("Who assessed it (shown to the city's editors and administrators)"),
    assessedAt: z.string().nullable(),
  })
  .meta({ id: 'CharterAssessment' });

export const zCityAssessments = z
  .object({
    cycle: zCycle,
    city: zCityRef,
    signatory: z.boolean(),
    items: z.array(zAssessment),
  })
  .meta({ id: 'CharterCityAssessments' });

const zChange = z.enum(['improved', 'declined', 'same', 'new', 'not-comparable']);

export const zCycleReportResponse = z
  .object({
    cycle: zCycle,
    compareWith: zCycle.nullable(),
    cities: z.array(z.object({ id: z.string(), name: z.string(), signatory: z.boolean(), assessed: z.number().int() })),
    rows: z.array(
      z.object({
        commitment: z.object({ id: z.string(), role: z.enum(COMMITMENT_ROLES), text: z.string() }),
        achieved: z.number().int(),
        improved: z.number().int().optional(),
        declined: z.number().int().optional(),
        cells: z.array(
          z.object({
            cityId: z.string(),
            status: zStatus.nullable(),
            previous: zStatus.nullable().optional(),
            change: zChange.optional(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'CharterCycleReport' });

export const zCycleReportCsv = z.string().describe('A row per commitment and city: status, previous status, change');

export const zCityHelpResponse = z
  .object({
    cycle: zCycle,
    city: z.object({ id: z.string(), name: z.string() }),
    status: z
      .enum(['ok', 'not-enough-data'])
      .describe('not-enough-data: the city assessed no commitment that applies to it in this cycle'),
    assessed: z.number().int().nullable(),
    items: z.array(
      z.object({
        commitment: zCharterCommitment,
        status: zStatus,
        practices: z
          .array(
            z.object({ id: z.string(), name: z.string(), cityId: z.string(), cityName: z.string(), status: zStatus }),
          )
          .describe("Other cities' practices implementing the commitment, from their assessments"),
        challenges: z.array(
          z.object({
            challenge: z.object({ id: z.string(), name: z.string() }),
            practices: z.array(z.object({ id: z.string(), name: z.string(), cityName: z.string() })),
            mentors: z.array(
              z.object({ id: z.string(), name: z.string(), cityId: z.string().nullable(), url: z.string().nullable() }),
            ),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'CharterCityHelp' });

export const zCycleParams = z.object({ cycleId: z.string().min(1).max(200) });
export const zCycleCityParams = zCycleParams.extend({ id: z.string().min(1).max(200) });
export const zAssessmentParams = zCycleCityParams.extend({ commitmentId: z.string().min(1).max(200) });
export const zCycleReportQuery = zExportHeadersQuery.extend({
  compare: z.string().min(1).max(200).optional().describe('An earlier cycle to compare with'),
  format: z.enum(['json', 'csv']).default('json'),
});
export const zCycleBody = zCycleWrite;
export const zAssessmentBody = zAssessmentWrite;
