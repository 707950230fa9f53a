import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';

/** A challenge related to a weak commitment, with practices that answer it and mentors who offer help. */
export interface ChallengeHelp {
  challenge: { id: string; name: string };
  practices: { id: string; name: string; cityName: string }[];
  mentors: { id: string; name: string; cityId: string | null; url: string | null }[];
}

/**
 * Where the help for a city's weak commitment comes from beyond the charter: the challenges the
 * practices implementing it address (or, without any, those the city faces), with the network's
 * ranking of practices and its mentors. The network domain, above the charter, fills it in.
 */
export type CommitmentHelp = (
  db: Queryable,
  user: User | null,
  cityId: string,
  implementingPracticeIds: string[],
) => Promise<ChallengeHelp[]>;

let help: CommitmentHelp = async () => [];

/** Registers how related challenges, practices and mentors are found (`domain-links.ts` does, once). */
export function registerCommitmentHelp(find: CommitmentHelp): void {
  help = find;
}

export const commitmentHelp: CommitmentHelp = (db, user, cityId, ids) => help(db, user, cityId, ids);
