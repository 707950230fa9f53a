import { sourceTitle } from '@convivio/shared';
import { formatDate, formatNumber, labelOr } from '../components/labels.ts';
import type { Translate } from '../i18n.ts';
import type { ReportModel, ReportPractice, ReportTitled } from './reports-model.ts';

/**
 * The report as a flat list of document blocks, built once and rendered three ways
 * (HTML, PDF, Word), so the three formats always carry the same content.
 */
export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; anchor?: string }
  /** `href`: a link to the platform's page, shown in the HTML form only (a relative address means nothing on paper). */
  | { kind: 'paragraph'; text: string; href?: string; small?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; head: string[]; rows: string[][] }
  | { kind: 'fields'; caption: string; rows: [string, string][] }
  | { kind: 'pageBreak' };

/** A number as the reader's language writes it. */
const num = (t: Translate, n: number | null, unit = '') =>
  n === null ? '' : `${formatNumber(t.lang ?? 'en', n, 3)}${unit}`;
const withYear = (v: string, year: number | null) => (v && year ? `${v} (${year})` : v);
/** Vocabulary terms by their labels, never their codes. */
const terms = (t: Translate, prefix: 'theme' | 'targetGroup', codes: readonly string[]) =>
  codes.map((c) => labelOr(t, `${prefix}.${c}`, c.replace(/-/g, ' '))).join(', ');

function titled(items: ReportTitled[]): ReportBlock[] {
  return items.flatMap((i): ReportBlock[] => [{ kind: 'heading', level: 3, text: i.title }, ...paragraphsOf(i.text)]);
}

function paragraphsOf(text: string | null): ReportBlock[] {
  return (text ?? '')
    .split(/\n{2,}/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => ({ kind: 'paragraph' as const, text: s }));
}

/** The best-practice template rows of one practice (empty fields left out). */
export function practiceTemplate(p: ReportPractice, t: Translate): [string, string][] {
  /** A figure with its unit: "35 %", "120 projects". */
  const withUnit = (n: number, unit: string | null) => `${num(t, n)}${unit ? ` ${unit}` : ''}`;
  const q = p.quantitativeResults.map(
    (r) =>
      `${r.indicator}: ${[r.achieved !== null ? `${t('report.achieved')} ${withUnit(r.achieved, r.unit)}` : '', r.target !== null ? `${t('report.target')} ${withUnit(r.target, r.unit)}` : ''].filter(Boolean).join(' / ')}`,
  );
  const rows: [string, string | null][] = [
    [t('report.field.area'), p.area],
    [t('report.themes'), terms(t, 'theme', p.themes)],
    [t('report.field.targetGroups'), terms(t, 'targetGroup', p.targetGroups)],
    [t('report.field.links'), p.links.join(' ')],
    [t('report.field.challengesAddressed'), p.challengesAddressed],
    [t('report.field.duration'), p.duration],
    [t('report.field.stakeholders'), p.stakeholders],
    [t('report.field.mappedStakeholders'), p.stakeholderNames.join(', ')],
    [t('report.field.description'), p.description],
    [t('report.field.systematized'), p.systematized],
    [t('report.field.results'), p.results],
    [t('report.field.quantitativeResults'), q.join('\n')],
    [t('report.field.communicationStrategy'), p.communicationStrategy],
    [t('report.field.stakeholderInvolvement'), p.stakeholderInvolvement],
    [t('report.field.migrantInvolvement'), p.migrantInvolvement],
    [t('report.field.challengesExperienced'), p.challengesExperienced],
    [t('report.field.recommendations'), p.recommendations],
    [t('report.field.lessonsLearned'), p.lessonsLearned],
    [t('report.field.funding'), p.funding],
  ];
  return rows.filter((r): r is [string, string] => !!r[1]);
}

function practiceEntry(p: ReportPractice, t: Translate, level: 2 | 3): ReportBlock[] {
  return [
    {
      kind: 'heading',
      level,
      text: p.cityName && level === 3 ? p.name : `${p.name}${p.cityName ? ` (${p.cityName})` : ''}`,
      anchor: p.id,
    },
    { kind: 'paragraph', text: t('report.practiceLink', { name: p.name }), href: `/practices/${p.id}`, small: true },
    { kind: 'fields', caption: p.name, rows: practiceTemplate(p, t) },
  ];
}

/** Every block of the report, in the order of MUST-a-Lab D2.1. */
export function reportBlocks(m: ReportModel, t: Translate): ReportBlock[] {
  const names = m.cities.map((c) => c.name).join(', ');
  const areaName = (id: string) => t(`report.area.${id}`);
  const b: ReportBlock[] = [
    { kind: 'heading', level: 1, text: t('report.title') },
    { kind: 'paragraph', text: t('report.subtitle', { cities: names }) },
    {
      kind: 'paragraph',
      text: t('report.generatedOn', { date: formatDate(t.lang ?? 'en', m.generatedOn) }),
      small: true,
    },
    { kind: 'heading', level: 2, text: t('report.s1'), anchor: 'summary' },
    {
      kind: 'paragraph',
      text: t('report.summaryText', {
        cities: m.summary.cityCount,
        practices: m.summary.practiceCount,
        other: m.summary.otherCount,
        stakeholders: m.summary.stakeholderCount,
      }),
    },
    {
      kind: 'table',
      caption: t('report.summaryTypologies'),
      head: [t('report.typologyHead'), t('report.total')],
      rows: m.summary.typologyCounts.map((x) => [t(`report.typology.${x.typology}`), String(x.count)]),
    },
    ...paragraphsOf(m.challenges.intro),
    {
      kind: 'paragraph',
      text: t('report.summaryGaps', { challenges: m.summary.unaddressed, areas: m.summary.emptyAreas }),
    },
    { kind: 'heading', level: 2, text: t('report.s2'), anchor: 'cities' },
    {
      kind: 'table',
      caption: t('report.citiesTable'),
      head: [
        t('report.city'),
        t('report.country'),
        t('report.population'),
        t('report.migrantShare'),
        t('report.nationalities'),
      ],
      rows: m.cities.map((c) => [
        c.name,
        c.country,
        withYear(num(t, c.population), c.populationYear),
        withYear(num(t, c.migrantShare, ' %'), c.migrantShareYear),
        num(t, c.nationalitiesCount),
      ]),
    },
  ];
  for (const c of m.cities) {
    b.push({ kind: 'heading', level: 3, text: c.name, anchor: c.id });
    const facts: [string, string][] = (
      [
        [t('report.mainNationalities'), c.mainNationalities.join(', ')],
        [t('report.networks'), c.networks.join(', ')],
        [t('report.migrationSituation'), c.migrationSituation ?? ''],
        [t('report.challenges'), c.challenges ?? ''],
        [t('report.strategy'), c.strategy ?? ''],
        [t('report.participatoryApproach'), c.participatoryApproach ?? ''],
        [t('report.methods'), c.methods.map((x) => x.name).join('\n')],
      ] as [string, string][]
    ).filter((r) => r[1]);
    if (facts.length) b.push({ kind: 'fields', caption: c.name, rows: facts });
  }
  b.push({ kind: 'heading', level: 2, text: t('report.s3'), anchor: 'practices' });
  m.typologies.forEach((ty, i) => {
    b.push({ kind: 'heading', level: 3, text: `3.${i + 1}. ${t(`report.typology.${ty.typology}`)}` });
    if (!ty.practices.length) b.push({ kind: 'paragraph', text: t('report.noPractices') });
    else
      b.push({
        kind: 'table',
        caption: t(`report.typology.${ty.typology}`),
        head: [t('report.practice'), t('report.city'), t('report.themes')],
        rows: ty.practices.map((p) => [p.name, p.cityName ?? '', terms(t, 'theme', p.themes)]),
      });
  });
  b.push({ kind: 'heading', level: 2, text: t('report.s4'), anchor: 'outreach' });
  b.push({
    kind: 'table',
    caption: t('report.outreachAreas'),
    head: [t('report.city'), ...m.outreach.areas.map((a) => `${a.number}. ${areaName(a.id)}`), t('report.total')],
    rows: m.outreach.cities.map((c) => [
      c.cityName,
      ...m.outreach.areas.map((a) => String(c.byArea.find((x) => x.area === a.id)?.count ?? 0)),
      String(c.total),
    ]),
  });
  b.push({ kind: 'heading', level: 3, text: t('report.referenceGroups') });
  b.push({
    kind: 'table',
    caption: t('report.referenceGroups'),
    head: [t('report.group'), t('report.targetSize'), t('report.members'), t('report.meetings')],
    rows: m.outreach.groups.map((g) => [g.name, g.targetSize ?? '', String(g.currentMembers), String(g.meetings)]),
  });
  if (m.outreach.engagementChallenges.length)
    b.push(
      { kind: 'heading', level: 3, text: t('report.engagementChallenges') },
      ...m.outreach.engagementChallenges.flatMap(paragraphsOf),
    );
  if (m.outreach.improvements.length)
    b.push(
      { kind: 'heading', level: 3, text: t('report.improvements') },
      ...m.outreach.improvements.flatMap((i): ReportBlock[] => [
        { kind: 'paragraph', text: `${i.title}. ${i.text ?? ''}`.trim() },
      ]),
    );
  if (m.outreach.channels.length)
    b.push({ kind: 'paragraph', text: t('report.channels', { channels: m.outreach.channels.join(', ') }) });
  b.push({ kind: 'heading', level: 2, text: t('report.s5'), anchor: 'challenges' });
  b.push({ kind: 'heading', level: 3, text: t('report.commonChallenges') }, ...paragraphsOf(m.challenges.intro));
  b.push({
    kind: 'table',
    caption: t('report.commonChallenges'),
    head: [t('report.challenge'), t('report.addressedBy'), t('report.matchedThemes')],
    rows: m.challenges.items.map((c) => [
      c.title,
      c.practices.map((p) => `${p.name}${p.cityName ? ` (${p.cityName})` : ''}`).join('; ') || t('report.none'),
      terms(t, 'theme', c.themes),
    ]),
  });
  if (m.citiesStrategy.length)
    b.push(
      { kind: 'heading', level: 3, text: t('report.citiesStrategy') },
      { kind: 'list', items: m.citiesStrategy.map((s) => (s.text ? `${s.title}: ${s.text}` : s.title)) },
    );
  if (m.intercultural)
    b.push(
      { kind: 'heading', level: 3, text: t('report.intercultural') },
      ...paragraphsOf(m.intercultural.definition),
      ...titled(m.intercultural.principles),
    );
  if (m.connectionPoints.length)
    b.push({ kind: 'heading', level: 3, text: t('report.connectionPoints') }, ...titled(m.connectionPoints));
  b.push({ kind: 'heading', level: 3, text: t('report.gaps') });
  b.push({
    kind: 'paragraph',
    text: `${t('report.gapsChallenges')}: ${m.gaps.unaddressedChallenges.join('; ') || t('report.noGaps')}`,
  });
  b.push({
    kind: 'paragraph',
    text: `${t('report.gapsAreas')}: ${m.gaps.emptyAreas.map((g) => `${g.cityName}: ${g.areas.map(areaName).join(', ')}`).join('; ') || t('report.noGaps')}`,
  });
  b.push({ kind: 'pageBreak' }, { kind: 'heading', level: 2, text: t('report.s6'), anchor: 'annexes' });
  for (const c of m.cities) {
    b.push({ kind: 'heading', level: 2, text: t('report.annex', { city: c.name }) });
    if (!c.practices.length) b.push({ kind: 'paragraph', text: t('report.noCityPractices') });
    for (const p of c.practices) b.push(...practiceEntry(p, t, 3));
  }
  b.push({ kind: 'pageBreak' }, { kind: 'heading', level: 2, text: t('report.s7'), anchor: 'other' });
  if (!m.otherPractices.length) b.push({ kind: 'paragraph', text: t('report.noOther') });
  for (const p of m.otherPractices)
    b.push(
      ...practiceEntry(p, t, 3).map((x) =>
        x.kind === 'heading' ? { ...x, text: `${p.name}${p.cityName ? ` (${p.cityName})` : ''}` } : x,
      ),
    );
  if (m.sources.length)
    b.push({
      kind: 'paragraph',
      text: t('report.sources', { sources: m.sources.map(sourceTitle).join('; ') }),
      small: true,
    });
  return b;
}
