import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { DATASET_FORMAT, datasetSections, exportSectionCsv } from '../dataset-sections.ts';
import { listRuns } from '../evidence/service.ts';
import { revisionSpan } from '../revisions/service.ts';

/** The licence every open data set is published under. */
export const OPEN_DATA_LICENCE = 'http://creativecommons.org/licenses/by/4.0/';

/** A data set section published as open data: its files and what the catalogue says of it. */
export interface OpenSection {
  key: 'practices' | 'cities' | 'events';
  entityType: string;
  title: string;
  description: string;
  /** EU data themes (http://publications.europa.eu/resource/authority/data-theme/…). */
  themes: string[];
  keywords: string[];
}

/**
 * The public sections. Only published records, and only what the records themselves hold:
 * event registrations (participants) and stakeholder contact persons are never in them.
 */
export const OPEN_SECTIONS: readonly OpenSection[] = [
  {
    key: 'practices',
    entityType: 'practice',
    title: 'Migrant-integration practices',
    description:
      'The practice library: practices of European cities for the reception and integration of migrants and refugees, in the MUST-a-Lab template (one row per practice, every field of the record).',
    themes: ['SOCI', 'GOVE'],
    keywords: ['migration', 'integration', 'good practice', 'cities'],
  },
  {
    key: 'cities',
    entityType: 'city',
    title: 'City profiles',
    description:
      'Profiles of the cities: population, migrant share, main nationalities, strategy, networks and charter commitment (one row per city).',
    themes: ['SOCI', 'REGI'],
    keywords: ['cities', 'migration', 'population'],
  },
  {
    key: 'events',
    entityType: 'event',
    title: 'Events and programmes',
    description:
      'Conferences and workshops with their public programme: venues, rooms, sessions, speakers and the practices presented (no registrations).',
    themes: ['SOCI', 'EDUC'],
    keywords: ['events', 'programme', 'conference'],
  },
];

/** A section's published records as CSV (no byte order mark) or as the `convivio/v1` JSON data set (re-importable). */
export async function sectionFile(db: Queryable, key: OpenSection['key'], format: 'csv' | 'json'): Promise<string> {
  if (format === 'csv') return exportSectionCsv(db, key, { includeDrafts: false });
  const section = datasetSections().find((s) => s.key === key)!;
  const records = (await section.readAll(db)).filter((r) => r.status === 'published').map((r) => r.record);
  return JSON.stringify({ format: DATASET_FORMAT, [key]: records }, null, 1) + '\n';
}

/** When a section's records were first and last changed. */
export const sectionDates = (db: Queryable, section: OpenSection) => revisionSpan(db, section.entityType);

/** The evidence runs anyone may see: succeeded runs of public datasets. */
export async function publicRuns(db: Queryable) {
  const runs = await listRuns(db, null as User | null);
  return runs.filter((r) => r.status === 'succeeded');
}
