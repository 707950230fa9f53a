import type { Queryable } from '../db/database.ts';

/**
 * What the stakeholder domain needs to know of the policy labs that involve stakeholders.
 * Labs sit above stakeholders (a lab names its participants), so the labs domain answers
 * these, registered at the top (src/domain-links.ts) with `linkLabs`.
 */
export interface LabLinks {
  /** The labs that refer to a stakeholder (as a participant or an experiment's owner), as readable labels. */
  labsReferring(db: Queryable, stakeholderId: string): Promise<string[]>;
  /** A city's labs with the stakeholders taking part, for the stakeholder network. */
  labsOfCity(db: Queryable, cityId: string): Promise<{ id: string; name: string; stakeholderIds: string[] }[]>;
}

let links: LabLinks | null = null;

/** Registers the labs' answers (once, at start). */
export function linkLabs(answers: LabLinks): void {
  links = answers;
}

/** The labs' answers; fails loudly when nothing was registered, so a deletion never skips its reference check. */
export function labLinks(): LabLinks {
  if (!links) throw new Error('The labs are not linked to the stakeholder domain: import src/domain-links.ts at start');
  return links;
}
