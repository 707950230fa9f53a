/*
 * Where the network has gaps, computed from the data: challenges that many cities face and
 * few practices address, stakeholder areas no city's map covers, charter commitments nobody
 * reports progress on. Pure (no I/O).
 */

/** A challenge is "faced by many" from this many cities on … */
export const MANY_CITIES = 2;
/** … and "answered by few" up to this many practices. */
export const FEW_PRACTICES = 1;

export interface GapsInput {
  /** Each challenge with how many (published) cities face it and practices address it. */
  challenges: { id: string; name: string; cities: number; practices: number }[];
  /** The areas of the stakeholder mapping, in order. */
  areas: readonly string[];
  /** Cities that have a stakeholder map (at least one stakeholder), with the areas it covers. */
  maps: { cityId: string; cityName: string; areas: string[] }[];
  commitments: { id: string; role: string; text: string; inProgress: number; achieved: number; planned: number }[];
}

export interface Gaps {
  challenges: { id: string; name: string; cities: number; practices: number }[];
  areas: { area: string; mapsWithout: { cityId: string; cityName: string }[]; maps: number; covered: boolean }[];
  commitments: { id: string; role: string; text: string; planned: number }[];
  thresholds: { manyCities: number; fewPractices: number };
}

export function computeGaps(input: GapsInput): Gaps {
  const challenges = input.challenges
    .map((c) => ({ id: c.id, name: c.name, cities: c.cities, practices: c.practices }))
    .filter((c) => c.cities >= MANY_CITIES && c.practices <= FEW_PRACTICES)
    .sort((a, b) => b.cities - a.cities || a.practices - b.practices || a.name.localeCompare(b.name));
  const areas = input.areas
    .map((area) => {
      const mapsWithout = input.maps
        .filter((m) => !m.areas.includes(area))
        .map((m) => ({ cityId: m.cityId, cityName: m.cityName }));
      return { area, mapsWithout, maps: input.maps.length, covered: mapsWithout.length < input.maps.length };
    })
    .filter((a) => a.mapsWithout.length > 0);
  const commitments = input.commitments
    .filter((c) => c.inProgress + c.achieved === 0)
    .map((c) => ({ id: c.id, role: c.role, text: c.text, planned: c.planned }));
  return { challenges, areas, commitments, thresholds: { manyCities: MANY_CITIES, fewPractices: FEW_PRACTICES } };
}
