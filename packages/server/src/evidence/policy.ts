import type { User } from '../accounts/schema.ts';
import { AppError } from '../errors.ts';
import type { Viewer } from './queries.ts';

/** The viewer as the evidence queries filter by: their id and whether they administer the platform. */
export function viewerOf(user: User | null): Viewer {
  return { userId: user?.id ?? null, admin: user?.role === 'admin' };
}

/** Datasets and runs are visible to their owner and administrators, and to everyone once public. */
export function canSee(user: User | null, record: { owner_id: string | null; public: boolean }): boolean {
  return record.public || user?.role === 'admin' || (user !== null && record.owner_id === user.id);
}

/** Only the owner and administrators may change a dataset (its mapping). */
export function assertCanChange(user: User | null, record: { owner_id: string | null }, what: string): User {
  if (!user) throw new AppError('unauthenticated', 'Sign in to do this');
  if (user.role !== 'admin' && record.owner_id !== user.id) throw new AppError('forbidden', `You may not change ${what}: only its owner and administrators may`);
  return user;
}
