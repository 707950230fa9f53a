import { z } from 'zod';
import { LANGUAGES } from '@convivio/web';
import { zPracticeRecord } from '@convivio/shared';
import { writeBody, zVersionGuard } from '../records/write-body.ts';
import { FACET_NAMES } from './facets.ts';

const csv = (what: string) =>
  z
    .union([z.string().max(2000), z.array(z.string().max(200)).max(100)])
    .optional()
    .describe(`${what}: one value, several separated by commas, or the parameter repeated`);

export const zSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .max(500)
    .optional()
    .describe('Full-text query (websearch syntax: words, "phrases", -exclusions, or)'),
  country: csv('ISO country codes'),
  city: csv('City ids'),
  theme: csv('Themes'),
  targetGroup: csv('Target groups'),
  typology: csv('awareness-coexistence, welcome-inclusion'),
  actionPlanArea: csv('EU Action Plan areas'),
  systematized: csv('yes, no, unknown'),
  period: csv('ongoing, ended, unknown'),
  kind: csv('practice, initiative, project, service'),
  language: csv('Record languages (ISO 639-1)'),
  status: z
    .enum(['published', 'draft'])
    .optional()
    .describe('Editors and administrators: only drafts or only published'),
  sort: z.enum(['relevance', 'name', 'updated', 'city']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  lang: z
    .string()
    .max(20)
    .refine((l) => LANGUAGES().includes(l), { message: `must be one of ${LANGUAGES().join(', ')}` })
    .optional()
    .describe(
      "The searcher's language: a practice translated into it is ranked by the translation's words and its excerpt comes from the translation",
    ),
});

export const zPracticeSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    cityId: z.string().nullable(),
    cityName: z.string().nullable(),
    country: z.string().nullable(),
    status: z.string(),
    typology: z.string().nullable(),
    themes: z.array(z.string()),
    excerpt: z.string().nullable(),
    excerptLanguage: z
      .string()
      .nullable()
      .describe(
        "The excerpt's language when it comes from a translation (the search's lang); null for the record's own",
      ),
    highlights: z
      .array(z.tuple([z.number().int(), z.number().int()]))
      .describe('Where the words matching the query are in the excerpt: [start, end) offsets in UTF-16 code units'),
    updatedAt: z.string(),
    score: z.number(),
  })
  .meta({ id: 'PracticeSummary' });

export const zSuggestion = z.object({
  kind: z.enum(['remove-filter', 'remove-query', 'similar-name']),
  facet: z.string().optional(),
  id: z.string().optional(),
  text: z.string(),
  total: z.number().int().optional(),
});

export const zSearchResponse = z
  .object({
    items: z.array(zPracticeSummary),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    facets: z.record(z.string(), z.array(z.object({ value: z.string(), count: z.number().int() }))),
    suggestions: z.array(zSuggestion),
    correction: z
      .object({
        q: z.string().describe('The query with its misspelt words corrected'),
        total: z.number().int().describe('How many practices the corrected query finds'),
        applied: z
          .boolean()
          .describe('True when the items are those of the corrected query (the query as typed found none)'),
      })
      .nullable()
      .describe('"Did you mean": a correction of words the library does not hold, or null'),
  })
  .meta({ id: 'PracticeSearchResult', description: `Facets: ${FACET_NAMES.join(', ')}` });

export const zPracticeDetail = zPracticeRecord
  .extend({
    status: z.enum(['draft', 'published']),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    city: z.object({ id: z.string(), name: z.string(), country: z.string().nullable() }).nullable(),
    related: z.array(z.object({ id: z.string(), name: z.string(), cityName: z.string().nullable() })),
  })
  .meta({ id: 'Practice' });

export const zPracticeWrite = writeBody(zPracticeRecord, {
  id: 'PracticeWrite',
  optional: ['id'],
  extra: { version: zVersionGuard },
  description:
    'A practice record in the MUST-a-Lab template (the format of /api/v1/schemas/practice.json). ' +
    'On create the id defaults to a slug of the name; on update it is taken from the URL.',
});
