import { describe, expect, it } from 'vitest';
import { zPolicyLabRecord } from './lab.ts';
import { labProgress } from './lab-progress.ts';

const lab = (phases: object[], currentPhase: string | null = null, experiments: object[] = []) =>
  zPolicyLabRecord.parse({
    id: 'lab-x',
    cityId: 'city-x',
    name: 'Lab',
    topic: 'Topic',
    area: 'care-work-life-balance-gender-equality',
    phases,
    currentPhase,
    experiments,
  });

describe('where a lab stands', () => {
  it('always has the four phases in order, even when fewer are given', () => {
    expect(lab([{ phase: 'implement', status: 'done' }]).phases.map((p) => `${p.phase}:${p.status}`)).toEqual([
      'discuss-evaluate:not-started',
      'reframe:not-started',
      'devise-test:not-started',
      'implement:done',
    ]);
  });

  it('counts done phases fully and a phase in progress half', () => {
    expect(labProgress(lab([])).percent).toBe(0);
    const p = labProgress(
      lab(
        [
          { phase: 'discuss-evaluate', status: 'done', ideasCollected: 206, ideasKept: 83 },
          { phase: 'reframe', status: 'in-progress' },
        ],
        'reframe',
      ),
    );
    expect(p).toMatchObject({
      stage: 'running',
      currentPhaseNumber: 2,
      phasesDone: 1,
      percent: 38,
      ideasCollected: 206,
      ideasKept: 83,
    });
    const all = labProgress(
      lab(
        ['discuss-evaluate', 'reframe', 'devise-test', 'implement'].map((phase) => ({ phase, status: 'done' })),
        'implement',
      ),
    );
    expect(all).toMatchObject({ stage: 'completed', percent: 100 });
  });

  it('refuses to keep more ideas than were collected, and a phase listed twice', () => {
    expect(() => lab([{ phase: 'reframe', ideasCollected: 5, ideasKept: 6 }])).toThrow(/cannot exceed/);
    expect(() => lab([{ phase: 'reframe' }, { phase: 'reframe' }])).toThrow(/listed twice/);
  });

  it('gives sessions and experiments stable ids', () => {
    const l = zPolicyLabRecord.parse({
      id: 'lab-x',
      cityId: 'city-x',
      name: 'Lab',
      topic: 'Topic',
      area: 'care-work-life-balance-gender-equality',
      experiments: [{ title: 'A', id: 'experiment-1' }, { title: 'B' }],
      sessions: [{ date: '2023-01-01', phase: 'reframe', title: 'S' }],
    });
    expect(l.experiments.map((e) => e.id)).toEqual(['experiment-1', 'experiment-2']);
    expect(l.sessions[0].id).toBe('session-1');
    expect(labProgress(l).experiments).toEqual({ total: 2, done: 0, running: 0 });
  });
});
