/**
 * Public shapes of the assignment optimiser: the instance it reads and the
 * result it returns. Both are plain JSON.
 */

/** One session of a choice point (a workshop, a presentation, a visit). */
export interface SessionSpec {
  id: string;
  /** Seats per round; a non-negative integer. */
  capacity: number;
}

/**
 * A choice point: a set of sessions among which each participant gets exactly
 * one per round (a parallel workshop slot, a projects corner run in several
 * rounds, the site visits).
 */
export interface ChoicePointSpec {
  id: string;
  /** Number of rounds; defaults to 1. In every round each session runs again. */
  rounds?: number;
  sessions: SessionSpec[];
}

/** A participant and their ranking per choice point (best first, may be partial or empty). */
export interface ParticipantSpec {
  id: string;
  rankings: Record<string, string[]>;
}

/**
 * An earlier result: participant id → choice point id → session per round
 * (round order), or `[]` for someone who was on the waiting list.
 */
export type PreviousAssignments = Record<string, Record<string, string[]>>;

/** Everything the optimiser needs. */
export interface AssignmentInstance {
  choicePoints: ChoicePointSpec[];
  participants: ParticipantSpec[];
  previous?: PreviousAssignments;
}

/** Options of {@link assign}. */
export interface AssignOptions {
  /**
   * When a choice point has fewer usable seats than participants need, leave
   * the lowest-priority participants unassigned instead of failing.
   */
  waitingList?: boolean;
}

/** Counts keyed by rank ("1", "2", …) plus "unranked". */
export type RankCounts = Record<string, number>;

/** Outcome and statistics of one choice point. */
export interface ChoicePointReport {
  rounds: number;
  /** Participants who got a session in every round. */
  seated: number;
  /** Sum of ranks over all placements (an unranked session costs sessions + 1). */
  totalCost: number;
  /** Worst rank any seated participant got (unranked = sessions + 1); 0 when nobody is seated. */
  worstRank: number;
  /**
   * The optimised fairness level: worst rank among seated participants who
   * ranked at least `rounds` sessions; 0 when there is no such participant.
   */
  fairnessRank: number;
  /** Placements per rank (a placement is one participant in one round). */
  rankHistogram: RankCounts;
  /** Same as rankHistogram, as shares of all placements (0 … 1). */
  rankShare: RankCounts;
  /** Seats taken per session, one number per round in round order. */
  fill: Record<string, number[]>;
  /** Participants on the waiting list (waiting-list mode only), in input order. */
  unassigned: string[];
  /** Participants whose previous sessions or rounds changed, in input order. */
  moved: string[];
  /** Sessions newly given to participants who had a previous assignment (the minimised change count). */
  changedPlacements: number;
}

/** The result of {@link assign}. */
export interface AssignmentResult {
  /** participant id → choice point id → session id per round (`[]` when unassigned). */
  assignments: Record<string, Record<string, string[]>>;
  totalCost: number;
  worstRank: number;
  rankHistogram: RankCounts;
  rankShare: RankCounts;
  choicePoints: Record<string, ChoicePointReport>;
}
