import type { Queryable } from '../db/database.ts';

/**
 * Personal data held by the domains above accounts (registrations, revisions, datasets …):
 * each registers (through domain-links.ts) what it gives in a person's export and how it
 * erases or anonymises it when the account is deleted.
 */
export interface PersonalDataHolder {
  /** The export's key for this domain's data, e.g. "events". */
  section: string;
  /** What the domain holds about the person (never anyone else's personal data). */
  export(db: Queryable, userId: string): Promise<unknown>;
  /** Erases or anonymises it, inside the deletion's transaction; records they wrote stay, attributed to FORMER_MEMBER. */
  erase(tx: Queryable, userId: string): Promise<void>;
}

/** The name a deleted account's records are attributed to. */
export const FORMER_MEMBER = 'a former member';

const holders: PersonalDataHolder[] = [];

/** Registers a domain's personal data (once per section). */
export function registerPersonalData(holder: PersonalDataHolder): void {
  if (!holders.some((h) => h.section === holder.section)) holders.push(holder);
}

/** Every registered holder, in registration order. */
export const personalDataHolders = (): readonly PersonalDataHolder[] => holders;
