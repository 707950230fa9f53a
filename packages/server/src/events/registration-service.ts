import crypto from 'node:crypto';
import { zRankingsInput, zRegistrationInput, type RegistrationInput } from '@convivio/shared';
import type { User } from '../accounts/schema.ts';
import { assertCan } from '../accounts/policy.ts';
import { existingUserIds } from '../accounts/service.ts';
import { existingCityIds } from '../cities/service.ts';
import type { Database, Queryable } from '../db/database.ts';
import { AppError, type FieldIssue, notFound, parseOrThrow, unauthenticated, validationError } from '../errors.ts';
import { blanksToNull } from '../records/normalize.ts';
import { choicePointsOf } from './choice-points.ts';
import {
  deleteParticipant,
  findParticipant,
  findParticipantOfUser,
  insertParticipant,
  listParticipants,
  rankingsOf,
  saveRanking,
  updateParticipant,
  type ParticipantRow,
} from './participant-queries.ts';
import { assertCanManageEvent, canManageEvent, getVisibleEvent } from './access.ts';
import { findEvent } from './queries.ts';

function parseRegistration(input: unknown): RegistrationInput {
  return parseOrThrow(zRegistrationInput, blanksToNull(input));
}

async function assertCityExists(db: Queryable, cityId: string | null): Promise<void> {
  if (cityId && !(await existingCityIds(db, [cityId])).has(cityId)) {
    throw new AppError('validation_failed', `City "${cityId}" does not exist`, 'cityId');
  }
}

/**
 * A registration its viewer may touch: their own, or any of the event's for its
 * organisers. Someone else's is answered as not found, so ids reveal nothing.
 */
export async function accessibleParticipant(
  db: Queryable,
  user: User | null,
  eventId: string,
  participantId: string,
): Promise<{ row: ParticipantRow; manager: boolean }> {
  if (!user) throw unauthenticated();
  const row = await findParticipant(db, eventId, participantId);
  const manager = await canManageEvent(db, user, eventId);
  if (!row || (row.user_id !== user.id && !manager)) throw notFound('Registration', participantId);
  return { row, manager };
}

/**
 * Registers a participant. Without `forUserId` the signed-in user registers
 * themselves (name and email default to their account's); organisers may
 * register another account (`forUserId`) or someone without one (`null`).
 */
export async function registerParticipant(
  db: Database,
  user: User | null,
  eventId: string,
  input: Record<string, unknown>,
  forUserId?: string | null,
): Promise<ParticipantRow> {
  if (!user) throw unauthenticated();
  const event = await getVisibleEvent(db, user, eventId);
  const self = forUserId === undefined || forUserId === user.id;
  const manager = await canManageEvent(db, user, eventId);
  assertCan(user, 'event.register', { self, organiser: manager });
  if (self && !event.registration_open && !manager)
    throw new AppError('conflict', 'Registration for this event is closed', 'registrationOpen');
  const reg = parseRegistration(self ? { name: user.name, email: user.email, ...input } : input);
  const userId = self ? user.id : (forUserId ?? null);
  const id = `participant-${crypto.randomUUID()}`;
  return db.transaction(async (tx) => {
    await assertCityExists(tx, reg.cityId);
    if (userId && !(await existingUserIds(tx, [userId])).has(userId))
      throw new AppError('validation_failed', `User "${userId}" does not exist`, 'userId');
    if (userId && (await findParticipantOfUser(tx, eventId, userId))) {
      throw new AppError(
        'conflict',
        self
          ? 'You are already registered for this event: change your registration instead'
          : 'This account is already registered for this event',
        'userId',
      );
    }
    return insertParticipant(tx, { id, eventId, userId, registeredBy: user.id }, reg);
  });
}

/** Changes a registration's details (the participant or an organiser). */
export async function updateRegistration(
  db: Database,
  user: User | null,
  eventId: string,
  participantId: string,
  input: Record<string, unknown>,
): Promise<ParticipantRow> {
  const reg = parseRegistration(input);
  return db.transaction(async (tx) => {
    await accessibleParticipant(tx, user, eventId, participantId);
    await assertCityExists(tx, reg.cityId);
    return updateParticipant(tx, participantId, reg);
  });
}

/** Withdraws a registration: the personal data, rankings and assignments are erased and the seats freed. */
export async function withdrawRegistration(
  db: Database,
  user: User | null,
  eventId: string,
  participantId: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await accessibleParticipant(tx, user, eventId, participantId);
    await deleteParticipant(tx, participantId);
  });
}

/** Every registration of an event (organisers and administrators). */
export async function listRegistrations(db: Database, user: User | null, eventId: string): Promise<ParticipantRow[]> {
  if (!(await findEvent(db, eventId))) throw notFound('Event', eventId);
  await assertCanManageEvent(db, user, eventId, "see this event's registrations");
  return listParticipants(db, eventId);
}

/** Checks rankings against the programme's choice points: known points, their own options, no repeats, how many. */
export function checkRankings(
  points: ReturnType<typeof choicePointsOf>,
  rankings: Record<string, string[]>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [pointId, options] of Object.entries(rankings)) {
    const point = points.find((p) => p.id === pointId);
    if (!point) {
      issues.push({
        field: `rankings.${pointId}`,
        message: `"${pointId}" is not a choice point of this event; choice points: ${points.map((p) => p.id).join(', ') || 'none'}`,
      });
      continue;
    }
    const seen = new Set<string>();
    options.forEach((o, i) => {
      const known = point.options.find((x) => x.id === o);
      if (!known)
        issues.push({ field: `rankings.${pointId}.${i}`, message: `"${o}" is not an option of "${point.title}"` });
      else if (seen.has(o))
        issues.push({ field: `rankings.${pointId}.${i}`, message: `"${known.title}" is ranked twice` });
      seen.add(o);
    });
    const count = rankingCountProblem(point, options.length);
    if (count) issues.push({ field: `rankings.${pointId}`, message: count });
  }
  return issues;
}

/** Why a ranking naming `count` options is too short or too long for its choice point (null when fine; none is fine). */
export function rankingCountProblem(point: ReturnType<typeof choicePointsOf>[number], count: number): string | null {
  if (count === 0 || (count >= point.minRanked && count <= point.maxRanked)) return null;
  const what = point.kind === 'corner' ? 'presentations' : 'sessions';
  const limit =
    count < point.minRanked
      ? `rank at least ${point.minRanked} ${what}, or none`
      : `rank at most ${point.maxRanked} ${what}`;
  return `${point.title}: ${limit} (you ranked ${count})`;
}

/**
 * Sets a participant's rankings for the choice points named (others are kept).
 * Participants may change them until the organisers close choices; organisers always.
 */
export async function setRankings(
  db: Database,
  user: User | null,
  eventId: string,
  participantId: string,
  input: unknown,
): Promise<Record<string, string[]>> {
  const rankings = parseOrThrow(zRankingsInput, input, 'rankings');
  await db.transaction(async (tx) => {
    const { manager } = await accessibleParticipant(tx, user, eventId, participantId);
    const event = (await findEvent(tx, eventId))!;
    if (!event.choices_open && !manager)
      throw new AppError(
        'conflict',
        'The organisers have closed choices for this event; rankings can no longer be changed',
        'choicesOpen',
      );
    const issues = checkRankings(choicePointsOf(event.record), rankings);
    if (issues.length) throw validationError(issues);
    for (const [pointId, options] of Object.entries(rankings)) await saveRanking(tx, participantId, pointId, options);
  });
  return (await rankingsOf(db, eventId, participantId)).get(participantId) ?? {};
}
