import type { CycleReport } from './cycle-report.ts';
import type { CityAssessments, CityHelp, CycleRow } from './cycle-service.ts';

const iso = (d: string | Date) => new Date(d).toISOString();

/** A cycle as the API promises it. */
export const presentCycle = (c: CycleRow) => ({
  id: c.id,
  name: c.name,
  startsOn: c.starts_on,
  endsOn: c.ends_on,
  state: c.status,
  source: c.source,
  updatedAt: iso(c.updated_at),
});

/** A city's assessments in a cycle; who assessed is shown only to those who may edit the city (`showAuthors`). */
export function presentCityAssessments(v: CityAssessments, showAuthors: boolean) {
  return {
    cycle: presentCycle(v.cycle),
    city: { id: v.city.id, name: v.city.name, country: v.city.country },
    signatory: v.signatory,
    items: v.items.map(({ commitment, entry }) => ({
      commitment,
      status: entry?.status ?? null,
      evidence: entry?.evidence ?? null,
      evidenceLinks: entry?.evidence_links ?? [],
      practices: (entry?.practice_ids ?? []).flatMap((id) =>
        v.practiceNames.has(id) ? [{ id, name: v.practiceNames.get(id)! }] : [],
      ),
      source: entry?.source ?? null,
      version: entry?.version ?? 0,
      assessedBy: showAuthors ? (entry?.assessed_by_name ?? null) : null,
      assessedAt: entry ? iso(entry.assessed_at) : null,
    })),
  };
}

export const presentCycleReport = (v: { cycle: CycleRow; previous: CycleRow | null; report: CycleReport }) => ({
  cycle: presentCycle(v.cycle),
  compareWith: v.previous ? presentCycle(v.previous) : null,
  ...v.report,
});

export function presentCityHelp(v: CityHelp) {
  const help = new Map(v.help.map((h) => [h.commitmentId, h]));
  return {
    cycle: presentCycle(v.cycle),
    city: v.city,
    status: v.weakest.status,
    assessed: v.weakest.status === 'ok' ? v.weakest.assessed : null,
    items:
      v.weakest.status === 'ok'
        ? v.weakest.items.map((w) => ({
            commitment: w.commitment,
            status: w.status,
            practices: help.get(w.commitment.id)?.practices ?? [],
            challenges: help.get(w.commitment.id)?.challenges ?? [],
          }))
        : [],
  };
}
