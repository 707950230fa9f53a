import type { ValidationIssue } from './errors.ts';
import type { ParticipantSpec, PreviousAssignments } from './types.ts';
import type { KnownChoicePoint } from './validate-choice-points.ts';
import { readId } from './validate-choice-points.ts';
import { childPath, describeType, indexPath, isRecord } from './json-path.ts';

/** Checks a list of session ids of one choice point: strings, known, no repeats. */
function readSessionList(
  raw: unknown,
  path: string,
  choicePoint: KnownChoicePoint,
  issues: ValidationIssue[],
): string[] {
  if (!Array.isArray(raw)) {
    issues.push({ path, message: `must be an array of session ids, got ${describeType(raw)}` });
    return [];
  }
  const firstAt = new Map<string, number>();
  raw.forEach((entry: unknown, index) => {
    const at = indexPath(path, index);
    if (typeof entry !== 'string') {
      issues.push({ path: at, message: `must be a session id string, got ${describeType(entry)}` });
    } else if (choicePoint.sessionIds !== undefined && !choicePoint.sessionIds.has(entry)) {
      issues.push({ path: at, message: `unknown session '${entry}' in choice point '${choicePoint.spec.id}'` });
    } else if (firstAt.has(entry)) {
      issues.push({ path: at, message: `duplicate session '${entry}' (already at index ${firstAt.get(entry)})` });
    } else firstAt.set(entry, index);
  });
  return raw.filter((entry): entry is string => typeof entry === 'string');
}

function readRankings(
  raw: unknown,
  path: string,
  choicePoints: Map<string, KnownChoicePoint>,
  issues: ValidationIssue[],
): Record<string, string[]> {
  const rankings: Record<string, string[]> = {};
  if (raw === undefined) {
    issues.push({ path, message: 'is required (use {} for a participant without preferences)' });
    return rankings;
  }
  if (!isRecord(raw)) {
    issues.push({ path, message: `must be an object keyed by choice point id, got ${describeType(raw)}` });
    return rankings;
  }
  for (const [cpId, list] of Object.entries(raw)) {
    const at = childPath(path, cpId);
    const cp = choicePoints.get(cpId);
    if (cp === undefined) {
      issues.push({ path: at, message: `unknown choice point '${cpId}'` });
      continue;
    }
    rankings[cpId] = readSessionList(list, at, cp, issues);
  }
  return rankings;
}

/** Checks `participants`; returns them with only the known fields. */
export function validateParticipants(
  raw: unknown,
  choicePoints: Map<string, KnownChoicePoint>,
  issues: ValidationIssue[],
): ParticipantSpec[] {
  const path = 'participants';
  if (raw === undefined) {
    issues.push({ path, message: 'is required' });
    return [];
  }
  if (!Array.isArray(raw)) {
    issues.push({ path, message: `must be an array, got ${describeType(raw)}` });
    return [];
  }
  const participants: ParticipantSpec[] = [];
  const seen = new Map<string, number>();
  raw.forEach((item: unknown, index) => {
    const at = indexPath(path, index);
    if (!isRecord(item)) {
      issues.push({ path: at, message: `must be an object, got ${describeType(item)}` });
      return;
    }
    const id = readId(item, at, issues);
    const rankings = readRankings(item.rankings, childPath(at, 'rankings'), choicePoints, issues);
    if (id === undefined) return;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      issues.push({
        path: childPath(at, 'id'),
        message: `duplicate participant id '${id}' (also at index ${earlier})`,
      });
      return;
    }
    seen.set(id, index);
    participants.push({ id, rankings });
  });
  return participants;
}

/**
 * Checks `previous`. Entries of participants no longer in the instance are
 * dropped (they withdrew); each kept list is `[]` or one session per round.
 */
export function validatePrevious(
  raw: unknown,
  choicePoints: Map<string, KnownChoicePoint>,
  participantIds: Set<string>,
  issues: ValidationIssue[],
): PreviousAssignments | undefined {
  if (raw === undefined) return undefined;
  const path = 'previous';
  if (!isRecord(raw)) {
    issues.push({ path, message: `must be an object keyed by participant id, got ${describeType(raw)}` });
    return undefined;
  }
  const previous: PreviousAssignments = {};
  for (const [participantId, byPoint] of Object.entries(raw)) {
    const at = childPath(path, participantId);
    if (!isRecord(byPoint)) {
      issues.push({ path: at, message: `must be an object keyed by choice point id, got ${describeType(byPoint)}` });
      continue;
    }
    const kept: Record<string, string[]> = {};
    for (const [cpId, list] of Object.entries(byPoint)) {
      const cpAt = childPath(at, cpId);
      const cp = choicePoints.get(cpId);
      if (cp === undefined) {
        issues.push({ path: cpAt, message: `unknown choice point '${cpId}'` });
        continue;
      }
      const sessions = readSessionList(list, cpAt, cp, issues);
      if (Array.isArray(list) && list.length !== 0 && cp.rounds !== undefined && list.length !== cp.rounds) {
        issues.push({
          path: cpAt,
          message: `must list one session per round (${cp.rounds}) or be [] (unassigned), got ${list.length}`,
        });
      }
      kept[cpId] = sessions;
    }
    if (participantIds.has(participantId)) previous[participantId] = kept;
  }
  return previous;
}
