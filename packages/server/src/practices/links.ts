import type { Queryable } from '../db/database.ts';

/** Where a practice was presented, as its page lists it. */
export interface PracticePresentation {
  eventId: string;
  eventName: string;
  startDate: string;
  sessionTitle: string;
}

/**
 * What the practice pages show of the domains above practices: the events where a practice
 * was presented. Events sit above practices (a presentation names a practice), so the top
 * level passes this in (src/web-routes.ts) instead of practices importing events.
 */
export interface PracticePageLinks {
  presentedAt(db: Queryable, practiceId: string): Promise<PracticePresentation[]>;
}
