import { ACTION_STATUSES, type ActionPlan } from '@convivio/shared';
import type { CityFacts, Programme, ProgrammeView } from './service.ts';

const ref = (c: CityFacts) => ({ id: c.id, name: c.name, country: c.country });

/** What the list and the programme both say of a programme. */
const head = (p: Programme) => ({
  id: p.id,
  name: p.name,
  description: p.description,
  coordinator: p.coordinator,
  start: p.start,
  end: p.end,
});

/** A programme in the list (published cities counted). */
export function presentSummary(p: Programme, cities: Map<string, unknown>) {
  return {
    ...head(p),
    themes: p.themes.map((t) => ({ id: t.id, name: t.name })),
    cityCount: p.participants.filter((x) => cities.has(x.cityId)).length,
    offerCount: p.offers.filter((x) => cities.has(x.cityId)).length,
    requestCount: p.requests.filter((x) => cities.has(x.cityId)).length,
  };
}

/**
 * A programme as the API promises it: records of draft cities left out, contact persons only
 * for those who may see them (`showContacts`).
 */
export function presentProgramme(v: ProgrammeView, showContacts: boolean) {
  const { programme: p, cities } = v;
  const post = <T extends Programme['requests'][number]>(x: T) => ({
    id: x.id,
    themeId: x.themeId,
    city: ref(cities.get(x.cityId)!),
    challengeId: x.challengeId,
    languages: x.languages,
    note: x.note,
    contact: showContacts ? x.contact : null,
  });
  const offers = new Map(p.offers.map((o) => [o.id, o]));
  const requests = new Map(p.requests.map((r) => [r.id, r]));
  return {
    ...head(p),
    themes: p.themes,
    participants: p.participants.flatMap((x) => {
      const c = cities.get(x.cityId);
      return c ? [{ city: ref(c), role: x.role }] : [];
    }),
    partners: p.partners,
    offers: p.offers.filter((o) => cities.has(o.cityId)).map((o) => ({ ...post(o), capacity: o.capacity })),
    requests: p.requests.filter((r) => cities.has(r.cityId)).map(post),
    suggestedPairs: v.suggestions.pairs.map((s) => {
      const o = offers.get(s.offerId)!;
      const r = requests.get(s.requestId)!;
      return {
        requestId: s.requestId,
        offerId: s.offerId,
        themeId: r.themeId,
        mentor: ref(cities.get(o.cityId)!),
        mentee: ref(cities.get(r.cityId)!),
        score: s.score,
        reasons: s.reasons,
      };
    }),
    noMentor: v.suggestions.unmatched,
    studyVisits: p.studyVisits.map((s) => {
      const host = cities.get(s.hostCityId);
      const event = v.events.get(s.eventId);
      return {
        id: s.id,
        title: s.title,
        themeId: s.themeId,
        hostCity: host ? ref(host) : null,
        event: event ? { id: s.eventId, ...event } : null,
        note: s.note,
      };
    }),
    source: p.source,
    updatedAt: p.updatedAt,
  };
}

export type ProgrammeJson = ReturnType<typeof presentProgramme>;

export const presentPlan = (programmeId: string, plan: ActionPlan) => ({
  programmeId,
  ...plan,
  statuses: [...ACTION_STATUSES],
});
