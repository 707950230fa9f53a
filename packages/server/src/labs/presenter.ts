import { LAB_AREAS, labProgress, type LabArea } from '@convivio/shared';
import type { LabPerson, LabRow } from './queries.ts';

/** The two areas' names as the MUST-a-Lab report words them. */
export const LAB_AREA_NAMES: Record<LabArea, string> = {
  [LAB_AREAS[0]]: 'Education, lifelong learning, rights and professionalization',
  [LAB_AREAS[1]]: 'Care, work-life balance and gender equality',
};

export interface LabViewExtras {
  stakeholderNames: Map<string, string>;
  practiceNames: Map<string, string>;
  /** Person participants counted by profile (public). */
  peopleCounts: Record<string, number>;
  /** Person participants by name: only when the viewer may edit the lab's city. */
  people: LabPerson[] | null;
}

/** A lab as the API shows it; persons appear by name only for the city's editors and administrators. */
export function presentLab(row: LabRow, x: LabViewExtras) {
  const r = row.record;
  return {
    id: r.id,
    cityId: r.cityId,
    cityName: row.city_name,
    name: r.name,
    topic: r.topic,
    area: r.area,
    areaName: LAB_AREA_NAMES[r.area],
    description: r.description,
    currentPhase: r.currentPhase,
    progress: labProgress(r),
    phases: r.phases,
    sessions: r.sessions,
    participants: r.participants.map((p) => ({
      stakeholderId: p.stakeholderId,
      name: x.stakeholderNames.get(p.stakeholderId) ?? null,
      group: p.group,
    })),
    people: {
      total: Object.values(x.peopleCounts).reduce((a, b) => a + b, 0),
      byProfile: x.peopleCounts,
      ...(x.people ? { list: x.people } : {}),
    },
    experiments: r.experiments,
    recommendations: r.recommendations.map((rec) => ({
      id: rec.id,
      text: rec.text,
      practices: rec.practiceIds
        .filter((p) => x.practiceNames.has(p))
        .map((p) => ({ id: p, name: x.practiceNames.get(p)! })),
    })),
    themes: r.themes,
    source: r.source,
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
