import { translator } from '@convivio/web';
import { reasonText } from '@convivio/web';
import type { Source } from '@convivio/shared';
import type { CityNeedsResult, GapsResult, SimilarResult } from './insights.ts';
import type { ChallengeRow, CityTagRow, PracticeTagRow } from './queries.ts';
import type { Reason } from './reasons.ts';

const en = translator('en');
const reason = (r: Reason) => ({ ...r, text: reasonText(en, r) });
const names = (taxonomy: ChallengeRow[]) => new Map(taxonomy.map((c) => [c.id, c.name]));
const firstSource = (rows: { source: Source | null }[]) => rows.find((r) => r.source)?.source ?? null;

export function presentPracticeChallenges(
  practice: { id: string; name: string; city_id: string | null },
  tags: PracticeTagRow[],
  taxonomy: ChallengeRow[],
) {
  const n = names(taxonomy);
  return {
    practice: { id: practice.id, name: practice.name, cityId: practice.city_id },
    challenges: tags.map((t) => ({ id: t.challenge_id, name: n.get(t.challenge_id) ?? t.challenge_id })),
    basis: tags[0]?.basis ?? null,
    source: firstSource(tags),
  };
}

export function presentCityChallenges(
  city: { id: string; name: string },
  tags: CityTagRow[],
  taxonomy: ChallengeRow[],
) {
  const n = names(taxonomy);
  return {
    city: { id: city.id, name: city.name },
    challenges: tags.map((t) => ({
      id: t.challenge_id,
      name: n.get(t.challenge_id) ?? t.challenge_id,
      priority: t.priority,
      basis: t.basis,
    })),
    source: firstSource(tags),
  };
}

export function presentNeeds(v: CityNeedsResult) {
  return {
    city: v.city,
    status: v.status,
    message: v.status === 'ok' ? null : en('network.needs.notEnough', { city: v.city.name }),
    nameChallengesUrl: `/cities/${v.city.id}/challenges`,
    items: v.items.map((i) => ({
      challenge: { id: i.challenge.id, name: i.challenge.name },
      priority: i.priority,
      basis: i.basis,
      practices: i.practices.map((p) => ({
        id: p.practice.id,
        name: p.practice.name,
        city: { id: p.practice.city.id, name: p.practice.city.name },
        match: p.match,
        score: p.score,
        reasons: p.reasons.map(reason),
      })),
      cities: i.cities,
      mentors: i.mentors,
      mentorsNote: i.mentors.length ? null : en('network.needs.noMentors'),
    })),
  };
}

export function presentSimilar(v: SimilarResult) {
  const items =
    v.status === 'ok'
      ? v.items.map((s) => ({
          city: { id: s.city.id, name: s.city.name },
          score: s.result.score,
          known: s.result.known,
          total: s.result.total,
          basedOn: en('network.similar.basedOn', { known: s.result.known, total: s.result.total }),
          features: s.result.features,
          reasons: s.result.reasons.map(reason),
        }))
      : [];
  return {
    city: v.city,
    status: v.status,
    message:
      v.status === 'ok'
        ? null
        : en('network.similar.notEnough', { known: v.known, total: v.total, min: v.minFeatures }),
    known: v.known,
    total: v.total,
    minFeatures: v.minFeatures,
    items,
    notComparable: v.status === 'ok' ? v.notComparable : 0,
  };
}

export const presentGaps = (g: GapsResult) => g;
