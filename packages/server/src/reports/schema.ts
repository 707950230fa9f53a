import type { ReportModel } from '@convivio/web';
import { z } from 'zod';
import { zBinary } from '../http/response-schemas.ts';

/* The State-of-the-Art report's answers: its JSON form is the ReportModel that the HTML, PDF and Word forms render. */

const text = z.string().nullable();
const zTitled = z.object({ title: z.string(), text });

const zReportPractice = z
  .object({
    id: z.string(),
    name: z.string(),
    cityId: text,
    cityName: text,
    typology: text,
    area: text,
    themes: z.array(z.string()),
    targetGroups: z.array(z.string()),
    links: z.array(z.string()),
    challengesAddressed: text,
    duration: text,
    stakeholders: text,
    description: text,
    systematized: text,
    results: text,
    quantitativeResults: z.array(
      z.object({ indicator: z.string(), achieved: z.number().nullable(), target: z.number().nullable(), unit: text }),
    ),
    communicationStrategy: text,
    stakeholderInvolvement: text,
    migrantInvolvement: text,
    challengesExperienced: text,
    recommendations: text,
    lessonsLearned: text,
    funding: text,
    stakeholderNames: z.array(z.string()).describe('Mapped stakeholders (organisations) taking part'),
  })
  .meta({ id: 'ReportPractice' });

const zGroupSummary = {
  name: z.string(),
  targetSize: text,
  currentMembers: z.number().int(),
  meetings: z.number().int(),
};

/** The report as data: published records only, never personal data. */
export const zReportModel = z
  .object({
    generatedOn: z.string(),
    cities: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        country: z.string(),
        region: text,
        population: z.number().nullable(),
        populationYear: z.number().int().nullable(),
        migrantShare: z.number().nullable(),
        migrantShareYear: z.number().int().nullable(),
        migrantShareDefinition: text,
        nationalitiesCount: z.number().int().nullable(),
        mainNationalities: z.array(z.string()),
        migrationSituation: text,
        challenges: text,
        strategy: text,
        participatoryApproach: text,
        networks: z.array(z.string()),
        methods: z.array(z.object({ name: z.string(), description: text })),
        practices: z.array(zReportPractice),
      }),
    ),
    summary: z.object({
      cityCount: z.number().int(),
      practiceCount: z.number().int(),
      otherCount: z.number().int(),
      stakeholderCount: z.number().int(),
      typologyCounts: z.array(z.object({ typology: z.string(), count: z.number().int() })),
      unaddressed: z.number().int(),
      emptyAreas: z.number().int(),
    }),
    typologies: z.array(z.object({ typology: z.string(), practices: z.array(zReportPractice) })),
    outreach: z.object({
      areas: z.array(z.object({ number: z.number().int(), id: z.string(), name: z.string() })),
      cities: z.array(
        z.object({
          cityId: z.string(),
          cityName: z.string(),
          total: z.number().int(),
          byArea: z.array(z.object({ area: z.string(), count: z.number().int() })),
          emptyAreas: z.array(z.string()),
          group: z.object(zGroupSummary).nullable(),
        }),
      ),
      improvements: z.array(zTitled),
      channels: z.array(z.string()),
      groups: z.array(z.object({ ...zGroupSummary, cityName: text })),
      engagementChallenges: z.array(z.string()),
    }),
    challenges: z.object({
      intro: text,
      items: z.array(
        z.object({
          title: z.string(),
          text,
          themes: z.array(z.string()),
          practices: z.array(z.object({ id: z.string(), name: z.string(), cityName: text })),
        }),
      ),
    }),
    citiesStrategy: z.array(zTitled),
    intercultural: z.object({ definition: text, principles: z.array(zTitled) }).nullable(),
    connectionPoints: z.array(zTitled),
    gaps: z.object({
      unaddressedChallenges: z.array(z.string()),
      emptyAreas: z.array(z.object({ cityName: z.string(), areas: z.array(z.string()) })),
    }),
    otherPractices: z.array(zReportPractice),
    sources: z.array(z.string()),
  })
  .meta({ id: 'Report', description: 'The State-of-the-Art report as data (format=json)' });

/** The schema and the renderers' type describe the same data: this fails to compile when they drift apart. */
export const sameAsReportModel = (model: ReportModel): z.output<typeof zReportModel> => model;

/** The report in each format. */
export const zReportResponse = {
  description: 'The report in the format asked for',
  content: {
    'text/html': { schema: z.string().describe('A printable HTML page') },
    'application/pdf': { schema: zBinary('A PDF document') },
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: zBinary('A Word document') },
    'application/json': { schema: zReportModel },
  },
};
