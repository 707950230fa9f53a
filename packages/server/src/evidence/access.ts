import { assertCan, can } from '../accounts/policy.ts';
import type { User } from '../accounts/schema.ts';
import type { Viewer } from './queries.ts';

/*
 * The facts the policy (accounts/policy.ts) needs about evidence: whether a dataset or run is
 * the user's own, and public. The rules themselves are the policy's.
 */

const mine = (user: User | null, record: { owner_id: string | null }): boolean =>
  user !== null && record.owner_id === user.id;

/** The viewer as the evidence queries filter by (the rule of 'evidence.see' in SQL): their id and whether they see everything. */
export function viewerOf(user: User | null): Viewer {
  return { userId: user?.id ?? null, admin: can(user, 'evidence.seeAll', null) };
}

/** Datasets and runs are visible to their owner and administrators, and to everyone once public. */
export function canSee(user: User | null, record: { owner_id: string | null; public: boolean }): boolean {
  return can(user, 'evidence.see', { mine: mine(user, record), public: record.public });
}

/** Whether the user may change the record: its owner or an administrator (they also see which worker runs it). */
export function canChange(user: User | null, record: { owner_id: string | null }): boolean {
  return can(user, 'evidence.change', { mine: mine(user, record) });
}

/** Whether the run's page keeps a line for its live progress to name the worker: for those `canChange` shows it to. */
export function seesWorker(user: User | null, run: { mine: boolean }): boolean {
  return can(user, 'evidence.change', { mine: run.mine });
}

/** Only the owner and administrators may change a dataset (its mapping). */
export function assertCanChange(user: User | null, record: { owner_id: string | null }, what: string): User {
  return assertCan(user, 'evidence.change', { mine: mine(user, record) }, what);
}
