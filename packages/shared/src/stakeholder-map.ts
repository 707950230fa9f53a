import {
  STAKEHOLDER_AREAS,
  STAKEHOLDER_ROLES,
  type StakeholderArea,
  type StakeholderRecord,
  type StakeholderRole,
} from './stakeholder.ts';

/** The four cells of the influence/interest grid. */
export const QUADRANTS = ['key-players', 'keep-satisfied', 'keep-informed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Ratings of 3 or more (on 1–5) count as high influence or interest. */
export const HIGH_RATING = 3;

/** Areas with fewer stakeholders than this (not counting withdrawn ones) are thin; with none, a gap. */
export const THIN_BELOW = 2;

/** Where a stakeholder sits on the grid; null when either rating is missing. */
export function quadrantOf(influence: number | null, interest: number | null): Quadrant | null {
  if (influence === null || interest === null) return null;
  const hiInfluence = influence >= HIGH_RATING;
  const hiInterest = interest >= HIGH_RATING;
  if (hiInfluence) return hiInterest ? 'key-players' : 'keep-satisfied';
  return hiInterest ? 'keep-informed' : 'monitor';
}

export interface GridEntry {
  id: string;
  name: string;
  area: StakeholderArea;
  influence: number;
  interest: number;
}
export interface GridModel {
  quadrants: Record<Quadrant, GridEntry[]>;
  unrated: { id: string; name: string; area: StakeholderArea }[];
}

type MapInput = Pick<
  StakeholderRecord,
  'id' | 'name' | 'area' | 'influence' | 'interest' | 'roles' | 'engagementStatus' | 'practiceIds'
>;

/** The influence/interest grid of a set of stakeholders, each cell by name. */
export function influenceInterestGrid(stakeholders: MapInput[]): GridModel {
  const quadrants = Object.fromEntries(QUADRANTS.map((q) => [q, [] as GridEntry[]])) as Record<Quadrant, GridEntry[]>;
  const unrated: GridModel['unrated'] = [];
  for (const s of [...stakeholders].sort((a, b) => a.name.localeCompare(b.name))) {
    const q = quadrantOf(s.influence, s.interest);
    if (q) quadrants[q].push({ id: s.id, name: s.name, area: s.area, influence: s.influence!, interest: s.interest! });
    else unrated.push({ id: s.id, name: s.name, area: s.area });
  }
  return { quadrants, unrated };
}

export interface CoverageRow {
  area: StakeholderArea;
  count: number;
  engaged: number;
  withdrawn: number;
  roles: Record<StakeholderRole, number>;
  level: 'gap' | 'thin' | 'covered';
}

/** How many stakeholders each of the five areas has, how many are engaged, and which areas are thin. */
export function areaCoverage(stakeholders: MapInput[]): CoverageRow[] {
  return STAKEHOLDER_AREAS.map((area) => {
    const inArea = stakeholders.filter((s) => s.area === area);
    const current = inArea.filter((s) => s.engagementStatus !== 'withdrawn');
    const roles = Object.fromEntries(
      STAKEHOLDER_ROLES.map((r) => [r, current.filter((s) => s.roles.includes(r)).length]),
    ) as Record<StakeholderRole, number>;
    const count = current.length;
    return {
      area,
      count,
      roles,
      engaged: current.filter((s) => s.engagementStatus === 'committed' || s.engagementStatus === 'active').length,
      withdrawn: inArea.length - count,
      level: count === 0 ? 'gap' : count < THIN_BELOW ? 'thin' : 'covered',
    };
  });
}

export interface NetworkNode {
  id: string;
  kind: 'stakeholder' | 'practice' | 'lab';
  label: string;
}
export interface NetworkModel {
  nodes: NetworkNode[];
  edges: { from: string; to: string }[];
}

/**
 * The network of stakeholders, the practices they take part in and the policy labs they
 * join. Practices and labs appear only when linked to at least one stakeholder.
 */
export function stakeholderNetwork(
  stakeholders: MapInput[],
  practices: { id: string; name: string }[],
  labs: { id: string; name: string; stakeholderIds: string[] }[],
): NetworkModel {
  const practiceNames = new Map(practices.map((p) => [p.id, p.name]));
  const edges: NetworkModel['edges'] = [];
  const usedPractices = new Set<string>();
  const nodes: NetworkNode[] = stakeholders.map((s) => ({ id: s.id, kind: 'stakeholder' as const, label: s.name }));
  for (const s of stakeholders) {
    for (const p of s.practiceIds) {
      if (!practiceNames.has(p)) continue;
      usedPractices.add(p);
      edges.push({ from: s.id, to: p });
    }
  }
  for (const p of practices) if (usedPractices.has(p.id)) nodes.push({ id: p.id, kind: 'practice', label: p.name });
  const known = new Set(stakeholders.map((s) => s.id));
  for (const lab of labs) {
    const linked = lab.stakeholderIds.filter((id) => known.has(id));
    if (!linked.length) continue;
    nodes.push({ id: lab.id, kind: 'lab', label: lab.name });
    for (const id of linked) edges.push({ from: id, to: lab.id });
  }
  return { nodes, edges };
}
