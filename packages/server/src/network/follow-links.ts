import type { Queryable } from '../db/database.ts';

/**
 * What the /challenges page needs from the follows domain (above this one): which challenges a
 * person follows, for each row's Follow or Stop following button. Filled in by domain-links.ts.
 */
export const challengeFollowLinks: { followed: ((db: Queryable, userId: string) => Promise<string[]>) | null } = {
  followed: null,
};

/** The same for the theme pages: which themes a person follows. Filled in by domain-links.ts. */
export const themeFollowLinks: { followed: ((db: Queryable, userId: string) => Promise<string[]>) | null } = {
  followed: null,
};
