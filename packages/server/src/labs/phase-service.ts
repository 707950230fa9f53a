import {
  LAB_PHASES,
  zLabExperiment,
  zLabPhase,
  zLabRecommendation,
  zLabSession,
  type LabPhaseId,
  type PolicyLabRecord,
} from '@convivio/shared';
import type { User } from '../accounts/schema.ts';
import type { Database } from '../db/database.ts';
import { AppError, notFound, parseOrThrow } from '../errors.ts';
import { blanksToNull } from '../records/normalize.ts';
import { changeLab } from './service.ts';
import type { LabRow } from './queries.ts';

const isPhase = (p: string): p is LabPhaseId => (LAB_PHASES as readonly string[]).includes(p);

/**
 * Updates one phase (status, dates, summary, ideas and comments collected and kept).
 * Starting a phase makes it the lab's current phase; finishing the current phase moves the
 * lab on to the next one (not yet started). Fields not sent keep their value.
 */
export function updatePhase(
  db: Database,
  user: User | null,
  id: string,
  phase: string,
  input: Record<string, unknown>,
): Promise<LabRow> {
  if (!isPhase(phase))
    throw new AppError('not_found', `No phase "${phase}"; phases: ${LAB_PHASES.join(', ')}`, 'phase');
  return changeLab(db, user, id, `phase ${phase}`, null, (lab) => {
    const current = lab.phases.find((p) => p.phase === phase)!;
    const next = parseOrThrow(zLabPhase, blanksToNull({ ...current, ...input, phase }));
    let currentPhase = lab.currentPhase;
    if (next.status === 'in-progress') currentPhase = phase;
    if (next.status === 'done' && (currentPhase === phase || currentPhase === null)) {
      currentPhase = LAB_PHASES[LAB_PHASES.indexOf(phase) + 1] ?? phase;
    }
    if (next.status === 'in-progress' && !next.startDate) next.startDate = new Date().toISOString().slice(0, 10);
    if (next.status === 'done' && !next.endDate) next.endDate = new Date().toISOString().slice(0, 10);
    return { ...lab, currentPhase, phases: lab.phases.map((p) => (p.phase === phase ? next : p)) };
  });
}

/** Records a lab session (date, phase, title, place, number of participants, notes). */
export function addSession(db: Database, user: User | null, id: string, input: unknown): Promise<LabRow> {
  const { id: _ignored, ...session } = parseOrThrow(zLabSession, blanksToNull(input));
  return changeLab(db, user, id, 'add session', null, (lab) => ({
    ...lab,
    sessions: [...lab.sessions, session].sort((a, b) => a.date.localeCompare(b.date)),
  }));
}

/** Adds a micro-experiment (title, budget, owner, dates, status, result). */
export function addExperiment(db: Database, user: User | null, id: string, input: unknown): Promise<LabRow> {
  const { id: _ignored, ...experiment } = parseOrThrow(zLabExperiment, blanksToNull(input));
  return changeLab(db, user, id, 'add experiment', null, (lab) => ({
    ...lab,
    experiments: [...lab.experiments, experiment],
  }));
}

/** Updates a micro-experiment (typically its status and result); fields not sent keep their value. */
export function updateExperiment(
  db: Database,
  user: User | null,
  id: string,
  experimentId: string,
  input: Record<string, unknown>,
): Promise<LabRow> {
  return changeLab(db, user, id, 'update experiment', null, (lab) => {
    const current = lab.experiments.find((e) => e.id === experimentId);
    if (!current) throw notFound('Experiment', experimentId);
    const next = parseOrThrow(zLabExperiment, blanksToNull({ ...current, ...input, id: experimentId }));
    return { ...lab, experiments: lab.experiments.map((e) => (e.id === experimentId ? next : e)) };
  });
}

/** Adds a recommendation, citing library practices by id. */
export function addRecommendation(db: Database, user: User | null, id: string, input: unknown): Promise<LabRow> {
  const { id: _ignored, ...rec } = parseOrThrow(zLabRecommendation, blanksToNull(input));
  return changeLab(db, user, id, 'add recommendation', null, (lab: PolicyLabRecord) => ({
    ...lab,
    recommendations: [...lab.recommendations, rec],
  }));
}
