import { assign, AssignmentError, type AssignmentInstance, type AssignmentResult } from '@convivio/assignment';
import type { User } from '../accounts/schema.ts';
import type { Database } from '../db/database.ts';
import { AppError, notFound, type FieldIssue } from '../errors.ts';
import { outcomeOf, summarise, type AssignmentReport, type ChoicePointOutcome } from './assignment-report.ts';
import { choicePointsOf, type ChoicePoint } from './choice-points.ts';
import { assignmentsOf, listParticipants, rankingsOf, replaceAssignments } from './participant-queries.ts';
import { assertCanManageEvent } from './access.ts';
import { findEvent } from './queries.ts';

type Choices = Map<string, Record<string, string[]>>;

/**
 * The optimiser's instance for one choice point: every registered participant in
 * registration order (the waiting list keeps that order), their ranking of its
 * options, and their previous assignment when it still fits the programme.
 * An option without a stated capacity gets room for everybody.
 */
export function instanceFor(
  point: ChoicePoint,
  participantIds: string[],
  rankings: Choices,
  previous: Choices,
): AssignmentInstance {
  const options = new Set(point.options.map((o) => o.id));
  const everybody = Math.max(participantIds.length, 1);
  const prev: Record<string, Record<string, string[]>> = {};
  for (const id of participantIds) {
    const before = previous.get(id)?.[point.id];
    if (before && before.length === point.rounds && before.every((o) => options.has(o)))
      prev[id] = { [point.id]: before };
  }
  return {
    choicePoints: [
      {
        id: point.id,
        rounds: point.rounds,
        sessions: point.options.map((o) => ({ id: o.id, capacity: o.capacity ?? everybody })),
      },
    ],
    participants: participantIds.map((id) => ({
      id,
      rankings: { [point.id]: (rankings.get(id)?.[point.id] ?? []).filter((o) => options.has(o)) },
    })),
    previous: prev,
  };
}

function infeasible(point: ChoicePoint, err: AssignmentError): FieldIssue {
  const s = err.shortfall;
  const detail = s
    ? s.rounds > s.sessions
      ? `${s.rounds} rounds but only ${s.sessions} options`
      : `${s.participants} participants need ${s.neededSeats} seats over ${s.rounds} round(s) but only ${s.usableSeats} can be used: shortfall of ${s.missingSeats} seat(s), ${s.participantsOver} participant(s) cannot be seated`
    : err.message;
  return { field: `choicePoints.${point.id}`, message: `"${point.title}": ${detail}` };
}

/**
 * Assigns every registered participant to one option per round of every choice
 * point (organisers), stores the assignments and the run's report. Re-running
 * passes the previous assignment, so as few people as possible move. Without
 * the waiting list, a choice point with too few seats is a 422 naming it and
 * the shortfall, and nothing is stored.
 */
export async function runAssignment(
  db: Database,
  user: User | null,
  eventId: string,
  opts: { waitingList?: boolean } = {},
): Promise<AssignmentReport> {
  return (await runAssignmentWithChanges(db, user, eventId, opts)).report;
}

/** The same, also naming the participants whose sessions changed (everyone assigned, the first time). */
export async function runAssignmentWithChanges(
  db: Database,
  user: User | null,
  eventId: string,
  opts: { waitingList?: boolean } = {},
): Promise<{ report: AssignmentReport; changed: string[] }> {
  return db.transaction(async (tx) => {
    const event = await findEvent(tx, eventId, true);
    if (!event) throw notFound('Event', eventId);
    const author = await assertCanManageEvent(tx, user, eventId, 'run the assignment');
    const points = choicePointsOf(event.record);
    if (!points.length)
      throw new AppError(
        'unprocessable',
        'This programme has no choice points (parallel sessions or a projects corner with presentations) to assign',
        'choicePoints',
      );
    const waitingList = opts.waitingList ?? event.waiting_list;
    const ids = (await listParticipants(tx, eventId)).map((p) => p.id);
    const rankings = await rankingsOf(tx, eventId);
    const previous = await assignmentsOf(tx, eventId);
    const outcomes: ChoicePointOutcome[] = [];
    const results: [ChoicePoint, AssignmentResult][] = [];
    const problems: FieldIssue[] = [];
    for (const point of points) {
      try {
        const result = assign(instanceFor(point, ids, rankings, previous), { waitingList });
        results.push([point, result]);
        const before = Object.fromEntries(ids.map((id) => [id, previous.get(id)?.[point.id] ?? []]));
        outcomes.push(outcomeOf(point, result, before, ids.length));
      } catch (err) {
        if (err instanceof AssignmentError && err.code === 'INFEASIBLE') problems.push(infeasible(point, err));
        else throw err;
      }
    }
    if (problems.length) {
      throw new AppError(
        'unprocessable',
        `Not enough seats: ${problems.map((p) => p.message).join('; ')}. Add capacity, or enable the waiting list to seat as many as possible`,
        problems[0]?.field ?? 'capacity',
        problems,
      );
    }
    await replaceAssignments(
      tx,
      eventId,
      results.flatMap(([point, result]) =>
        ids.map((id) => ({
          participantId: id,
          choicePointId: point.id,
          optionIds: result.assignments[id]?.[point.id] ?? [],
        })),
      ),
    );
    const uncapped = points.flatMap((p) => p.options.filter((o) => o.capacity === null).map((o) => o.id));
    const report = summarise(outcomes, { waitingList, participants: ids.length, uncapped });
    await tx.query('INSERT INTO event_assignment_runs (event_id, run_by, waiting_list, report) VALUES ($1,$2,$3,$4)', [
      eventId,
      author.id,
      waitingList,
      JSON.stringify(report),
    ]);
    const now = (id: string, point: ChoicePoint) =>
      results.find(([p]) => p.id === point.id)?.[1].assignments[id]?.[point.id] ?? [];
    const changed = ids.filter((id) =>
      points.some((p) => (previous.get(id)?.[p.id] ?? []).join(' ') !== now(id, p).join(' ')),
    );
    return { report, changed };
  });
}

/** The latest assignment run's report (organisers), or null before the first run. */
export async function latestAssignmentReport(
  db: Database,
  user: User | null,
  eventId: string,
): Promise<AssignmentReport | null> {
  if (!(await findEvent(db, eventId))) throw notFound('Event', eventId);
  await assertCanManageEvent(db, user, eventId, "see this event's assignment");
  const r = await db.query<{ report: AssignmentReport }>(
    'SELECT report FROM event_assignment_runs WHERE event_id = $1 ORDER BY id DESC LIMIT 1',
    [eventId],
  );
  return r.rows[0]?.report ?? null;
}
