import type { User } from './schema.ts';
import { AppError } from '../errors.ts';

/** May this user create or change records that belong to cityId (null: no city, e.g. an EU project)? */
export function canEditCityRecords(user: User | null, cityId: string | null): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  return user.role === 'editor' && cityId !== null && user.cityId === cityId;
}

/** May this user see drafts of records that belong to cityId? The same people who may edit them. */
export const canSeeDrafts = canEditCityRecords;

/** Throws 401 for anonymous users and 403 for users who may not edit cityId's records. */
export function assertCanEditCity(user: User | null, cityId: string | null, what: string): User {
  if (!user) throw new AppError('unauthenticated', 'Sign in to do this');
  if (!canEditCityRecords(user, cityId)) {
    const why = user.role === 'reader' ? 'readers cannot edit' : user.role === 'editor' ? `editors may edit only their own city's records (${user.cityId})` : 'not allowed';
    throw new AppError('forbidden', `You may not change ${what}: ${why}`);
  }
  return user;
}
