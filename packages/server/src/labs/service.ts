import { chooseThemes, zPolicyLabRecord, type PolicyLabRecord } from '@convivio/shared';
import { assertCan } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, notFound, parseOrThrow, unauthenticated } from '../errors.ts';
import { blanksToNull, slugId } from '../records/normalize.ts';
import {
  missingReferences,
  referenceLookup,
  refuseIssues,
  stakeholderIssues,
  type Reference,
  type ReferenceLookup,
} from '../records/references.ts';
import { changeRecord, createRecord, deleteRecord, type VersionedKind } from '../records/versioned.ts';
import { deleteLabRow, findLab, upsertLab, type LabRow } from './queries.ts';

/** What the stakeholder domain asks of the labs (registered in src/domain-links.ts). */
export { labsOfCity, labsReferring, listLabRows as listLabs } from './queries.ts';
export { labsOfTheme, type ThemeLabRow } from './theme-queries.ts';

const LAB: VersionedKind<PolicyLabRecord, LabRow> = {
  table: 'policy_labs',
  entity: 'policy-lab',
  label: 'Policy lab',
  find: findLab,
  write: (tx, rec, _status, version) => upsertLab(tx, rec, version),
  statusOf: () => 'published',
};

/** Validates a lab record, naming every field at fault; phases are completed to all four, in order. */
export function parseLab(input: unknown, fieldPrefix = ''): PolicyLabRecord {
  return parseOrThrow(zPolicyLabRecord, blanksToNull(input), fieldPrefix);
}

/** One lab, or a 404. Labs are public; the persons in them are not. */
export async function getLab(db: Queryable, id: string): Promise<LabRow> {
  const row = await findLab(db, id);
  if (!row) throw notFound('Policy lab', id);
  return row;
}

/**
 * The lab's city exists, its stakeholders exist and belong to its city, and the practices
 * its recommendations cite exist: the API's and the importer's check.
 */
export async function labReferenceIssues(rec: PolicyLabRecord, lookup: ReferenceLookup) {
  const stakeholders: Reference[] = [
    ...rec.participants.map((p, i): Reference => [`participants.${i}.stakeholderId`, p.stakeholderId]),
    ...rec.experiments.map((e, i): Reference => [`experiments.${i}.ownerStakeholderId`, e.ownerStakeholderId]),
  ];
  const practices = rec.recommendations.flatMap((r, i) =>
    r.practiceIds.map((p, j): Reference => [`recommendations.${i}.practiceIds.${j}`, p]),
  );
  return [
    ...(await missingReferences(lookup, 'cities', [['cityId', rec.cityId]])),
    ...(await stakeholderIssues(
      lookup,
      stakeholders,
      rec.cityId,
      "a lab draws its participants from its own city's stakeholders",
    )),
    ...(await missingReferences(lookup, 'practices', practices)),
  ];
}

const checkReferences = async (tx: Queryable, rec: PolicyLabRecord) =>
  refuseIssues(await labReferenceIssues(rec, referenceLookup(tx)));

/** Creates a lab for a city (its editors and administrators). */
export async function createLab(db: Database, user: User | null, input: Record<string, unknown>): Promise<LabRow> {
  const cityId = typeof input.cityId === 'string' ? input.cityId : null;
  const name = typeof input.name === 'string' ? input.name : '';
  if (!user) throw unauthenticated();
  const rec = parseLab({
    ...input,
    id: input.id ?? (name.trim() ? slugId('lab', `${(cityId ?? '').replace(/^city-/, '')} ${name}`) : undefined),
  });
  const author = assertCan(user, 'city.edit', { cityId: rec.cityId }, "this city's policy labs");
  return createRecord(db, LAB, rec, { author, check: (tx) => checkReferences(tx, rec) });
}

/**
 * Applies a change to a lab under its row lock (so two changes made at once, a session and
 * a phase update, both survive): checks who may edit it, validates the result and its
 * references, guards against concurrent edits and records a revision.
 */
export function changeLab(
  db: Database,
  user: User | null,
  id: string,
  action: string,
  expectedVersion: number | null,
  change: (current: PolicyLabRecord, tx: Queryable) => unknown,
): Promise<LabRow> {
  return changeRecord(db, LAB, id, {
    action,
    expectedVersion,
    authorise: (current) => assertCan(user, 'city.edit', { cityId: current.city_id }, 'this policy lab'),
    async next(current, _author, tx) {
      const rec = parseLab({ ...((await change(current.record, tx)) as object), id });
      if (rec.cityId !== current.city_id)
        throw new AppError('validation_failed', 'A lab cannot move to another city', 'cityId');
      await checkReferences(tx, rec);
      return { record: rec };
    },
  });
}

/** Replaces a lab's record. */
export const updateLab = (
  db: Database,
  user: User | null,
  id: string,
  input: Record<string, unknown>,
  expectedVersion: number | null,
) =>
  changeLab(db, user, id, 'update', expectedVersion, (current) => ({
    ...input,
    cityId: input.cityId ?? current.cityId,
  }));

/** Sets the practice themes a lab deals with: a theme kept keeps the basis it had, a new one has none. */
export const setLabThemes = (
  db: Database,
  user: User | null,
  id: string,
  themes: string[],
  expectedVersion: number | null,
) =>
  changeLab(db, user, id, 'set themes', expectedVersion, (current) => ({
    ...current,
    themes: chooseThemes(current.themes, themes),
  }));

/** Deletes a lab (with its list of person participants). */
export function deleteLab(db: Database, user: User | null, id: string): Promise<void> {
  return deleteRecord(db, LAB, id, {
    authorise: (current) => assertCan(user, 'city.edit', { cityId: current.city_id }, 'this policy lab'),
    remove: deleteLabRow,
  });
}
