import { LAB_PHASES, type LabPhaseId, type PolicyLabRecord } from './lab.ts';

export interface LabProgress {
  /** not-started: no phase begun; running: some phase begun; completed: every phase done. */
  stage: 'not-started' | 'running' | 'completed';
  currentPhase: LabPhaseId | null;
  /** 1-based position of the current phase among the four, or null. */
  currentPhaseNumber: number | null;
  phasesDone: number;
  phaseCount: number;
  /** Done phases count fully, a phase in progress half: 0–100. */
  percent: number;
  ideasCollected: number;
  ideasKept: number;
  experiments: { total: number; done: number; running: number };
}

/** Where a lab stands: its current phase, how far along it is and what it has gathered. */
export function labProgress(lab: Pick<PolicyLabRecord, 'phases' | 'currentPhase' | 'experiments'>): LabProgress {
  const done = lab.phases.filter((p) => p.status === 'done').length;
  const inProgress = lab.phases.filter((p) => p.status === 'in-progress').length;
  const begun = done + inProgress > 0;
  const stage = done === LAB_PHASES.length ? 'completed' : begun ? 'running' : 'not-started';
  const sum = (f: (p: PolicyLabRecord['phases'][number]) => number | null) =>
    lab.phases.reduce((n, p) => n + (f(p) ?? 0), 0);
  return {
    stage,
    currentPhase: lab.currentPhase,
    currentPhaseNumber: lab.currentPhase ? LAB_PHASES.indexOf(lab.currentPhase) + 1 : null,
    phasesDone: done,
    phaseCount: LAB_PHASES.length,
    percent: Math.round((100 * (done + inProgress / 2)) / LAB_PHASES.length),
    ideasCollected: sum((p) => p.ideasCollected),
    ideasKept: sum((p) => p.ideasKept),
    experiments: {
      total: lab.experiments.length,
      done: lab.experiments.filter((e) => e.status === 'done').length,
      running: lab.experiments.filter((e) => e.status === 'running').length,
    },
  };
}
