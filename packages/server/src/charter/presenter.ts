import { COMMITMENT_ROLES, type CharterRecord } from '@convivio/shared';
import type { SignatoryRow } from './queries.ts';
import type { CityCommitments } from './service.ts';

const iso = (d: string | Date) => new Date(d).toISOString();

/** The charter with its signatory cities, as the API promises it (draft cities left out). */
export function presentCharter(charter: CharterRecord & { updatedAt: string }, signatories: SignatoryRow[]) {
  const shown = signatories.filter((s) => s.city_status === 'published');
  return {
    ...charter,
    signatoryCityIds: shown.map((s) => s.city_id),
    signatories: shown.map((s) => ({
      city: { id: s.city_id, name: s.city_name, country: s.country },
      signedOn: s.signed_on,
    })),
    roles: [...COMMITMENT_ROLES],
  };
}

/**
 * One city's standing with every commitment, as the API promises it. Who made a change is
 * shown only to those who may edit the city (`showAuthors`).
 */
export function presentCityCommitments(v: CityCommitments, showAuthors: boolean) {
  return {
    city: { id: v.city.id, name: v.city.name, country: v.city.country },
    signatory: { signed: v.signatory !== null, signedOn: v.signatory?.signedOn ?? null },
    items: v.items.map(({ commitment, entry }) => ({
      commitment,
      status: entry?.status ?? null,
      note: entry?.note ?? null,
      evidenceLinks: entry?.evidence_links ?? [],
      practices: (entry?.practice_ids ?? []).flatMap((id) =>
        v.practiceNames.has(id) ? [{ id, name: v.practiceNames.get(id)! }] : [],
      ),
      version: entry?.version ?? 0,
      updatedBy: showAuthors ? (entry?.updated_by_name ?? null) : null,
      createdAt: entry ? iso(entry.created_at) : null,
      updatedAt: entry ? iso(entry.updated_at) : null,
    })),
  };
}
