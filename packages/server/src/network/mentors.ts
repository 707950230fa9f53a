import type { Queryable } from '../db/database.ts';

/** A mentor's offer on one challenge (the mentoring programme fills these in). */
export interface MentorOffer {
  id: string;
  name: string;
  cityId: string | null;
  url: string | null;
}

/** Where the needs page asks for mentors on a challenge. */
export type MentorOffers = (db: Queryable, challengeId: string, cityId: string) => Promise<MentorOffer[]>;

let offers: MentorOffers = async () => [];

/**
 * The extension point for the mentoring programme: it registers how mentors are found for a
 * challenge. Until it does, the needs page says there are no mentor offers yet.
 */
export function registerMentorOffers(find: MentorOffers): void {
  offers = find;
}

export const mentorOffers: MentorOffers = (db, challengeId, cityId) => offers(db, challengeId, cityId);
