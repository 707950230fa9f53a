import { jaccard, type Reason, roundedCount, shared, sizeSimilarity } from './reasons.ts';

/*
 * How alike two cities are, from what is known of both: population size (log scale), migrant
 * share, the challenges they face (Jaccard) and the themes of their practices (Jaccard). A
 * feature missing on either side is left out and the weights of the others are renormalised;
 * with fewer than MIN_FEATURES known there is not enough data to say. Pure (no I/O).
 */

export interface CityProfile {
  id: string;
  name: string;
  population: number | null;
  /** Percentage (0–100). */
  migrantShare: number | null;
  challenges: { id: string; name: string }[];
  themes: string[];
}

export const FEATURES = ['population', 'migrantShare', 'challenges', 'themes'] as const;
export type Feature = (typeof FEATURES)[number];

export const SIMILARITY_WEIGHTS: Record<Feature, number> = {
  population: 0.3,
  migrantShare: 0.2,
  challenges: 0.3,
  themes: 0.2,
};

/** Fewer features known on both sides than this: "not enough data". */
export const MIN_FEATURES = 2;

/** Migrant shares this many percentage points apart are not alike at all. */
const SHARE_SPAN = 30;

export interface SimilarityResult {
  /** 0–1 over the known features, or null when fewer than MIN_FEATURES are known. */
  score: number | null;
  /** Which features both cities have, and how alike they are on each. */
  features: { feature: Feature; similarity: number }[];
  known: number;
  total: number;
  reasons: Reason[];
}

const names = (p: CityProfile) => p.challenges.map((c) => c.name);

/** Each feature's similarity when both cities have it. */
function featureSimilarities(a: CityProfile, b: CityProfile): { feature: Feature; similarity: number }[] {
  const out: { feature: Feature; similarity: number }[] = [];
  if (a.population !== null && b.population !== null && a.population > 0 && b.population > 0)
    out.push({ feature: 'population', similarity: sizeSimilarity(a.population, b.population) });
  if (a.migrantShare !== null && b.migrantShare !== null)
    out.push({
      feature: 'migrantShare',
      similarity: Math.max(0, 1 - Math.abs(a.migrantShare - b.migrantShare) / SHARE_SPAN),
    });
  if (a.challenges.length && b.challenges.length)
    out.push({
      feature: 'challenges',
      similarity:
        jaccard(
          a.challenges.map((c) => c.id),
          b.challenges.map((c) => c.id),
        ) ?? 0,
    });
  if (a.themes.length && b.themes.length) out.push({ feature: 'themes', similarity: jaccard(a.themes, b.themes) ?? 0 });
  return out;
}

function reasonsFor(a: CityProfile, b: CityProfile, features: { feature: Feature; similarity: number }[]): Reason[] {
  const reasons: Reason[] = [];
  const sim = (f: Feature) => features.find((x) => x.feature === f)?.similarity;
  if ((sim('population') ?? 0) >= 0.8) {
    const ra = roundedCount(a.population!);
    const rb = roundedCount(b.population!);
    reasons.push(
      ra === rb ? { code: 'bothSize', params: { population: ra } } : { code: 'sizes', params: { a: ra, b: rb } },
    );
  }
  if ((sim('migrantShare') ?? 0) >= 0.8)
    reasons.push({ code: 'shares', params: { a: a.migrantShare!, b: b.migrantShare! } });
  const challenges = shared(names(a), names(b));
  if (challenges.length) reasons.push({ code: 'bothFace', params: {}, items: challenges });
  const themes = shared(a.themes, b.themes);
  if (themes.length) reasons.push({ code: 'bothThemes', params: {}, items: themes.slice(0, 4) });
  return reasons;
}

/** How alike city b is to city a, with the reasons a reader can check. */
export function citySimilarity(a: CityProfile, b: CityProfile, minFeatures = MIN_FEATURES): SimilarityResult {
  const features = featureSimilarities(a, b);
  const total = FEATURES.length;
  if (features.length < minFeatures) return { score: null, features, known: features.length, total, reasons: [] };
  const weight = features.reduce((s, f) => s + SIMILARITY_WEIGHTS[f.feature], 0);
  const score = features.reduce((s, f) => s + SIMILARITY_WEIGHTS[f.feature] * f.similarity, 0) / weight;
  return {
    score: Math.round(score * 1000) / 1000,
    features,
    known: features.length,
    total,
    reasons: reasonsFor(a, b, features),
  };
}

/** How many features a city has at all (the most any comparison with it can use). */
export function knownFeatures(p: CityProfile): number {
  return [
    p.population !== null && p.population > 0,
    p.migrantShare !== null,
    p.challenges.length > 0,
    p.themes.length > 0,
  ].filter(Boolean).length;
}

export type SimilarCities =
  | { status: 'not-enough-data'; known: number; total: number }
  | {
      status: 'ok';
      known: number;
      total: number;
      items: { city: CityProfile; result: SimilarityResult & { score: number } }[];
      /** Cities left out because too little is known of both to compare them. */
      notComparable: number;
    };

/** The other cities ranked by similarity to one city, best first (ties by name). */
export function rankSimilarCities(
  city: CityProfile,
  others: CityProfile[],
  opts: { minFeatures?: number; limit?: number } = {},
): SimilarCities {
  const minFeatures = opts.minFeatures ?? MIN_FEATURES;
  const known = knownFeatures(city);
  const total = FEATURES.length;
  if (known < minFeatures) return { status: 'not-enough-data', known, total };
  const scored = others
    .filter((o) => o.id !== city.id)
    .map((o) => ({ city: o, result: citySimilarity(city, o, minFeatures) }));
  const items = scored
    .filter((s): s is { city: CityProfile; result: SimilarityResult & { score: number } } => s.result.score !== null)
    .sort((x, y) => y.result.score - x.result.score || x.city.name.localeCompare(y.city.name))
    .slice(0, opts.limit ?? 10);
  return { status: 'ok', known, total, items, notComparable: scored.filter((s) => s.result.score === null).length };
}
