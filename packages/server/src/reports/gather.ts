import { STAKEHOLDER_AREAS, TYPOLOGIES, type CityRecord, type PracticeRecord } from '@convivio/shared';
import type { ReportCity, ReportModel, ReportPractice } from '@convivio/web';
import type { Queryable } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { publishedCities } from '../cities/service.ts';
import {
  publishedPracticesOfCities,
  unclassifiedPracticesFromSources,
  type PublishedPracticeRow as ReportPracticeRow,
} from '../practices/service.ts';
import {
  currentMembers,
  listParticipatoryMethods,
  listReferenceGroups,
  listStakeholdersOfCities,
} from '../stakeholders/service.ts';
import { themesForChallenge } from './challenge-themes.ts';
import { findFindings } from './findings.ts';

/** The seven MUST-a-Lab partner cities: the report's cities when none are named. */
export const MUST_A_LAB_CITIES = [
  'city-fuenlabrada',
  'city-grenoble-alpes-metropole',
  'city-livadia',
  'city-mechelen',
  'city-modena',
  'city-pont-de-claix',
  'city-vienna',
];

const bySection = (a: ReportPracticeRow, b: ReportPracticeRow) =>
  (a.record.source?.section ?? '').localeCompare(b.record.source?.section ?? '', 'en', { numeric: true }) ||
  a.record.name.localeCompare(b.record.name);

function toReportPractice(row: ReportPracticeRow, stakeholders: Map<string, string[]>): ReportPractice {
  const p: PracticeRecord = row.record;
  const sys =
    p.systematized.value === null
      ? p.systematized.note
      : `${p.systematized.value ? 'Yes' : 'No'}${p.systematized.note ? `: ${p.systematized.note}` : ''}`;
  return {
    id: p.id,
    name: p.name,
    cityId: p.cityId,
    cityName: row.city_name,
    typology: p.typology,
    area: p.area,
    themes: p.themes,
    targetGroups: p.targetGroups,
    links: p.links,
    challengesAddressed: p.challengesAddressed,
    duration: p.duration.text ?? ([p.duration.start, p.duration.end].filter(Boolean).join(' – ') || null),
    stakeholders: p.stakeholders,
    description: p.description,
    systematized: sys,
    results: p.results,
    quantitativeResults: p.quantitativeResults.map((q) => ({
      indicator: q.indicator,
      achieved: q.achieved,
      target: q.target,
      unit: q.unit,
    })),
    communicationStrategy: p.communicationStrategy,
    stakeholderInvolvement: p.stakeholderInvolvement,
    migrantInvolvement: p.migrantInvolvement,
    challengesExperienced: p.challengesExperienced,
    recommendations: p.recommendations,
    lessonsLearned: p.lessonsLearned,
    funding: p.funding,
    stakeholderNames: stakeholders.get(p.id) ?? [],
  };
}

/** Parses `cities=a,b,c` (all seven MUST-a-Lab cities when absent) and checks each is a published city. */
export async function resolveReportCities(db: Queryable, param: string | undefined): Promise<CityRecord[]> {
  const ids = param
    ? [
        ...new Set(
          param
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ]
    : MUST_A_LAB_CITIES;
  if (!ids.length) throw new AppError('validation_failed', 'Name at least one city', 'cities');
  if (ids.length > 50) throw new AppError('validation_failed', 'A report covers at most 50 cities', 'cities');
  const { found, missing } = await publishedCities(db, ids);
  if (missing.length)
    throw new AppError(
      'validation_failed',
      `Unknown city: ${missing.join(', ')}`,
      'cities',
      missing.map((m) => ({ field: 'cities', message: `"${m}" is not a published city` })),
    );
  return found.map((f) => f.record);
}

/** Builds the State-of-the-Art report for these cities from published data. */
export async function gatherReport(
  db: Queryable,
  cities: CityRecord[],
  generatedOn = new Date().toISOString().slice(0, 10),
): Promise<ReportModel> {
  const ids = cities.map((c) => c.id);
  const findings = await findFindings(db);
  const stakeholders = (await listStakeholdersOfCities(db, ids)).map((s) => s.record);
  const byPractice = new Map<string, string[]>();
  for (const s of stakeholders)
    for (const p of s.practiceIds) byPractice.set(p, [...(byPractice.get(p) ?? []), s.name]);
  const cityRows = await publishedPracticesOfCities(db, ids);
  const implemented = cityRows.filter((r) => r.record.typology !== null).sort(bySection);
  const documents = [...new Set(implemented.map((r) => r.record.source?.document).filter((d): d is string => !!d))];
  const other = new Map<string, ReportPracticeRow>();
  for (const r of [
    ...cityRows.filter((x) => x.record.typology === null),
    ...(await unclassifiedPracticesFromSources(db, documents)),
  ])
    other.set(r.record.id, r);
  const practices = implemented.map((r) => toReportPractice(r, byPractice));
  const methods = await listParticipatoryMethods(db, ids);
  const groups = (await listReferenceGroups(db, null)).filter(
    (g) => g.kind === 'international' || (g.city_id && ids.includes(g.city_id)),
  );

  const reportCities: ReportCity[] = cities.map((c) => ({
    id: c.id,
    name: c.name,
    country: c.country,
    region: c.region,
    population: c.population,
    populationYear: c.populationYear,
    migrantShare: c.migrantShare,
    migrantShareYear: c.migrantShareYear,
    migrantShareDefinition: c.migrantShareDefinition,
    nationalitiesCount: c.nationalitiesCount,
    mainNationalities: c.mainNationalities,
    migrationSituation: c.migrationSituation,
    challenges: c.challenges,
    strategy: c.strategy,
    participatoryApproach: c.participatoryApproach,
    networks: c.networks,
    methods: methods.filter((m) => m.cityId === c.id).map((m) => ({ name: m.name, description: m.description })),
    practices: practices.filter((p) => p.cityId === c.id),
  }));
  const outreachCities = cities.map((c) => {
    const mine = stakeholders.filter((s) => s.cityId === c.id);
    const byArea = STAKEHOLDER_AREAS.map((area) => ({ area, count: mine.filter((s) => s.area === area).length }));
    const g = groups.find((x) => x.city_id === c.id);
    return {
      cityId: c.id,
      cityName: c.name,
      total: mine.length,
      byArea,
      emptyAreas: byArea.filter((a) => a.count === 0).map((a) => a.area),
      group: g
        ? {
            name: g.name,
            targetSize: g.record.targetSize === null ? null : String(g.record.targetSize),
            currentMembers: currentMembers(g.record),
            meetings: g.record.meetings.length,
          }
        : null,
    };
  });
  const challenges = (findings?.commonChallenges ?? []).map((ch) => {
    const themes = themesForChallenge(ch.title);
    const matching = practices.filter((p) => p.themes.some((t) => (themes as string[]).includes(t)));
    return {
      title: ch.title,
      text: ch.text,
      themes,
      practices: matching.map((p) => ({ id: p.id, name: p.name, cityName: p.cityName })),
    };
  });
  const unaddressed = challenges.filter((c) => !c.practices.length).map((c) => c.title);
  const emptyAreas = outreachCities
    .filter((c) => c.emptyAreas.length)
    .map((c) => ({ cityName: c.cityName, areas: c.emptyAreas }));
  const otherPractices = [...other.values()].sort(bySection).map((r) => toReportPractice(r, byPractice));
  const typologies = TYPOLOGIES.map((t) => ({ typology: t, practices: practices.filter((p) => p.typology === t) }));
  return {
    generatedOn,
    cities: reportCities,
    summary: {
      cityCount: cities.length,
      practiceCount: practices.length,
      otherCount: otherPractices.length,
      stakeholderCount: stakeholders.length,
      typologyCounts: typologies.map((t) => ({ typology: t.typology, count: t.practices.length })),
      unaddressed: unaddressed.length,
      emptyAreas: emptyAreas.reduce((n, c) => n + c.areas.length, 0),
    },
    typologies,
    outreach: {
      areas:
        findings?.stakeholderOutreach?.areas ?? STAKEHOLDER_AREAS.map((id, i) => ({ number: i + 1, id, name: id })),
      cities: outreachCities,
      improvements: findings?.stakeholderOutreach?.improvements ?? [],
      channels: findings?.stakeholderOutreach?.communicationChannels ?? [],
      groups: groups.map((g) => ({
        name: g.name,
        cityName: g.city_name,
        targetSize: g.record.targetSize === null ? null : String(g.record.targetSize),
        currentMembers: currentMembers(g.record),
        meetings: g.record.meetings.length,
      })),
      engagementChallenges: [
        ...new Set(groups.map((g) => g.record.engagementChallenges).filter((t): t is string => !!t)),
      ],
    },
    challenges: { intro: findings?.commonChallengesIntro ?? null, items: challenges },
    citiesStrategy: findings?.citiesStrategy ?? [],
    intercultural: findings?.interculturalApproach ?? null,
    connectionPoints: findings?.connectionPoints ?? [],
    gaps: { unaddressedChallenges: unaddressed, emptyAreas },
    otherPractices,
    sources: [...new Set([...documents, ...(findings?.source ? [findings.source.document] : [])])],
  };
}
