import { zPolicyLabRecord, type PolicyLabRecord } from '@convivio/shared';
import { assertCan } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, type FieldIssue, notFound, parseOrThrow, unauthenticated, validationError } from '../errors.ts';
import { blanksToNull, slugId } from '../records/normalize.ts';
import { recordRevision } from '../revisions/service.ts';
import { existingPracticeIds } from '../practices/service.ts';
import { requireCity, stakeholderCities } from '../stakeholders/service.ts';
import { deleteLabRow, findLab, upsertLab, type LabRow } from './queries.ts';

/** What the stakeholder domain asks of the labs (registered in src/domain-links.ts). */
export { labsOfCity, labsReferring } from './queries.ts';

const ENTITY = 'policy-lab';

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

/** The lab's stakeholders belong to its city; the practices its recommendations cite exist. */
export async function checkLabReferences(db: Queryable, rec: PolicyLabRecord): Promise<void> {
  const refs: [string, string][] = [
    ...rec.participants.map((p, i): [string, string] => [`participants.${i}.stakeholderId`, p.stakeholderId]),
    ...rec.experiments.flatMap((e, i): [string, string][] => (e.ownerStakeholderId ? [[`experiments.${i}.ownerStakeholderId`, e.ownerStakeholderId]] : [])),
  ];
  const cities = await stakeholderCities(db, [...new Set(refs.map(([, id]) => id))]);
  const issues: FieldIssue[] = [];
  for (const [field, id] of refs) {
    const city = cities.get(id);
    if (!city) issues.push({ field, message: `stakeholder "${id}" does not exist` });
    else if (city !== rec.cityId) issues.push({ field, message: `stakeholder "${id}" belongs to ${city}; a lab draws its participants from its own city's stakeholders` });
  }
  const cited = rec.recommendations.flatMap((r, i) => r.practiceIds.map((p, j): [string, string] => [`recommendations.${i}.practiceIds.${j}`, p]));
  const known = await existingPracticeIds(db, [...new Set(cited.map(([, p]) => p))]);
  for (const [field, p] of cited) if (!known.has(p)) issues.push({ field, message: `practice "${p}" does not exist` });
  if (issues.length) throw validationError(issues);
}

/** Creates a lab for a city (its editors and administrators). */
export async function createLab(db: Database, user: User | null, input: Record<string, unknown>): Promise<LabRow> {
  const cityId = typeof input.cityId === 'string' ? input.cityId : null;
  const name = typeof input.name === 'string' ? input.name : '';
  if (!user) throw unauthenticated();
  const rec = parseLab({ ...input, id: input.id ?? (name.trim() ? slugId('lab', `${(cityId ?? '').replace(/^city-/, '')} ${name}`) : undefined) });
  const author = assertCan(user, 'city.edit', { cityId: rec.cityId }, "this city's policy labs");
  return db.transaction(async (tx) => {
    await requireCity(tx, rec.cityId);
    if (await findLab(tx, rec.id)) throw new AppError('conflict', `A policy lab with id "${rec.id}" already exists: choose another name or id`, 'id');
    await checkLabReferences(tx, rec);
    const row = await upsertLab(tx, rec, 1);
    await recordRevision(tx, { entityType: ENTITY, entityId: rec.id, version: 1, action: 'create', status: 'published', record: rec, author });
    return row;
  });
}

/**
 * Applies a change to a lab in one transaction: checks who may edit it, validates the
 * result and its references, guards against concurrent edits and records a revision.
 */
export async function changeLab(db: Database, user: User | null, id: string, action: string, expectedVersion: number | null,
  change: (current: PolicyLabRecord, tx: Queryable) => unknown | Promise<unknown>): Promise<LabRow> {
  return db.transaction(async (tx) => {
    // Lock the row so two changes made at once (a session, a phase update) both survive.
    await tx.query('SELECT 1 FROM policy_labs WHERE id = $1 FOR UPDATE', [id]);
    const current = await findLab(tx, id);
    if (!current) throw notFound('Policy lab', id);
    const author = assertCan(user, 'city.edit', { cityId: current.city_id }, 'this policy lab');
    if (expectedVersion !== null && expectedVersion !== current.version) {
      throw new AppError('conflict', `This lab was changed by someone else (now version ${current.version}, you edited version ${expectedVersion}); reload and apply your change again`, 'version');
    }
    const rec = parseLab({ ...((await change(current.record, tx)) as object), id });
    if (rec.cityId !== current.city_id) throw new AppError('validation_failed', 'A lab cannot move to another city', 'cityId');
    await checkLabReferences(tx, rec);
    const row = await upsertLab(tx, rec, current.version + 1);
    await recordRevision(tx, { entityType: ENTITY, entityId: id, version: current.version + 1, action, status: 'published', record: rec, author });
    return row;
  });
}

/** Replaces a lab's record. */
export const updateLab = (db: Database, user: User | null, id: string, input: Record<string, unknown>, expectedVersion: number | null) =>
  changeLab(db, user, id, 'update', expectedVersion, (current) => ({ ...input, cityId: input.cityId ?? current.cityId }));

/** Deletes a lab (with its list of person participants). */
export async function deleteLab(db: Database, user: User | null, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await findLab(tx, id);
    if (!current) throw notFound('Policy lab', id);
    const author = assertCan(user, 'city.edit', { cityId: current.city_id }, 'this policy lab');
    await deleteLabRow(tx, id);
    await recordRevision(tx, { entityType: ENTITY, entityId: id, version: current.version + 1, action: 'delete', status: 'deleted', record: current.record, author });
  });
}
