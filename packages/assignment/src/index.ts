/**
 * @convivio/assignment — fair, optimal assignment of participants to the
 * sessions of each choice point (workshops, multi-round corners, visits).
 * Pure computation: no I/O, no dependencies.
 */
export { assign } from './assign.ts';
export { validateInstance, formatIssues } from './validate.ts';
export type { ValidationResult } from './validate.ts';
export { AssignmentError, describeShortfall } from './errors.ts';
export type { AssignmentErrorCode, Shortfall, ValidationIssue } from './errors.ts';
export type {
  AssignmentInstance,
  AssignmentResult,
  AssignOptions,
  ChoicePointReport,
  ChoicePointSpec,
  ParticipantSpec,
  PreviousAssignments,
  RankCounts,
  SessionSpec,
} from './types.ts';
