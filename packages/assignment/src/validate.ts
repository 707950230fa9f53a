import type { ValidationIssue } from './errors.ts';
import type { AssignmentInstance } from './types.ts';
import { describeType, isRecord } from './json-path.ts';
import { validateChoicePoints } from './validate-choice-points.ts';
import { validateParticipants, validatePrevious } from './validate-participants.ts';

/** Outcome of {@link validateInstance}. */
export type ValidationResult = { ok: true; instance: AssignmentInstance } | { ok: false; errors: ValidationIssue[] };

/**
 * Checks parsed JSON against the instance format and returns either a clean
 * instance (only known fields, `rounds` filled in) or every problem found,
 * each with the exact path of the field at fault, e.g.
 * `participants[3].rankings.corner[2]`.
 */
export function validateInstance(json: unknown): ValidationResult {
  const errors: ValidationIssue[] = [];
  if (!isRecord(json)) {
    return { ok: false, errors: [{ path: '', message: `the instance must be an object, got ${describeType(json)}` }] };
  }
  const choicePoints = validateChoicePoints(json.choicePoints, errors);
  const participants = validateParticipants(json.participants, choicePoints, errors);
  const ids = new Set(participants.map((p) => p.id));
  const previous = validatePrevious(json.previous, choicePoints, ids, errors);
  if (errors.length > 0) return { ok: false, errors };
  const instance: AssignmentInstance = {
    choicePoints: [...choicePoints.values()].map((cp) => cp.spec),
    participants,
  };
  if (previous !== undefined) instance.previous = previous;
  return { ok: true, instance };
}

/** One line per issue: `path: message`. */
export function formatIssues(issues: ValidationIssue[]): string {
  return issues.map((i) => `${i.path === '' ? '(instance)' : i.path}: ${i.message}`).join('\n');
}
