/** A problem with one field of an instance, located by a JSON-like path. */
export interface ValidationIssue {
  /** e.g. `participants[3].rankings.corner[2]`; empty for the document itself. */
  path: string;
  message: string;
}

/** Why a choice point cannot seat everybody. */
export interface Shortfall {
  choicePoint: string;
  participants: number;
  rounds: number;
  sessions: number;
  /** Seats needed: participants × rounds. */
  neededSeats: number;
  /** Seats that can actually be used (a session serves a participant at most once). */
  usableSeats: number;
  /** neededSeats − usableSeats. */
  missingSeats: number;
  /** How many participants would have to wait: participants − the most that can be seated. */
  participantsOver: number;
}

export type AssignmentErrorCode = 'INVALID_INSTANCE' | 'INFEASIBLE' | 'INTERNAL';

/** The one error type thrown by the optimiser; `code` says what went wrong. */
export class AssignmentError extends Error {
  readonly code: AssignmentErrorCode;
  /** Field-level problems (INVALID_INSTANCE). */
  readonly issues: ValidationIssue[];
  /** The choice point that cannot be seated (INFEASIBLE). */
  readonly shortfall: Shortfall | undefined;

  constructor(
    code: AssignmentErrorCode,
    message: string,
    extra: { issues?: ValidationIssue[]; shortfall?: Shortfall } = {},
  ) {
    super(message);
    this.name = 'AssignmentError';
    this.code = code;
    this.issues = extra.issues ?? [];
    this.shortfall = extra.shortfall;
  }
}

/** Human-readable sentence for a shortfall, naming the choice point. */
export function describeShortfall(s: Shortfall): string {
  if (s.rounds > s.sessions) {
    return (
      `choice point '${s.choicePoint}' has ${s.rounds} rounds but only ${s.sessions} sessions: ` +
      `nobody can attend ${s.rounds} different sessions`
    );
  }
  return (
    `choice point '${s.choicePoint}': ${s.participants} participants × ${s.rounds} round(s) need ` +
    `${s.neededSeats} seats but only ${s.usableSeats} can be used ` +
    `(shortfall ${s.missingSeats} seats; ${s.participantsOver} participant(s) over); ` +
    `add capacity or use the waiting-list option`
  );
}
