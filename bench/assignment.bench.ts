// Assignment optimiser on conference-like instances: 6 choice points of 4–12 sessions,
// one of them a two-round corner of 10 presentations, ~10 % spare seats, skewed popularity.
// Times assign() on 5,000 and 20,000 participants (median of several runs), a re-run after
// 5 % late registrations, and memory. BENCH_QUICK=1: 500 and 2,000 participants, 3 runs.
// Results: bench/results/assignment.{json,md}.
import fs from 'node:fs';
import os from 'node:os';
import { assign } from '../packages/assignment/src/index.ts';
import type { AssignmentInstance, AssignmentResult } from '../packages/assignment/src/index.ts';
import { realisticInstance } from '../packages/assignment/src/testing/realistic-instance.ts';
import { machineInfo, percentile } from './lib/machine.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const MiB = 2 ** 20;

interface CaseSpec {
  name: string;
  participants: number;
  runs: number;
  targetMs: number;
}

const CASES: CaseSpec[] = QUICK
  ? [
      { name: 'small', participants: 500, runs: 3, targetMs: 2000 },
      { name: 'medium', participants: 2000, runs: 3, targetMs: 10000 },
    ]
  : [
      { name: '5k', participants: 5000, runs: 7, targetMs: 2000 },
      { name: '20k', participants: 20000, runs: 5, targetMs: 10000 },
    ];

const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = process.hrtime.bigint();
  const value = work();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** Headline quality figures of a result. */
function quality(result: AssignmentResult) {
  const placements = Object.values(result.rankHistogram).reduce((a, b) => a + b, 0);
  return {
    totalCost: result.totalCost,
    worstRank: result.worstRank,
    fairnessRank: Object.fromEntries(Object.entries(result.choicePoints).map(([id, r]) => [id, r.fairnessRank])),
    firstChoiceShare: Number(((result.rankHistogram['1'] ?? 0) / placements).toFixed(4)),
    topThreeShare: Number(
      (['1', '2', '3'].reduce((sum, key) => sum + (result.rankHistogram[key] ?? 0), 0) / placements).toFixed(4),
    ),
    unrankedShare: Number(((result.rankHistogram.unranked ?? 0) / placements).toFixed(4)),
  };
}

function runCase(spec: CaseSpec) {
  const instance = realisticInstance(2024, spec.participants);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const times: number[] = [];
  let result: AssignmentResult | undefined;
  for (let run = 0; run < spec.runs; run++) {
    const { value, ms } = timed(() => assign(instance));
    times.push(ms);
    result = value;
  }
  const memory = process.memoryUsage();
  const out = result as AssignmentResult;
  const medianMs = percentile(times, 50);
  console.log(`${spec.name}: ${spec.participants} participants, median ${medianMs.toFixed(0)} ms of ${spec.runs} runs`);
  return {
    case: spec.name,
    participants: spec.participants,
    choicePoints: instance.choicePoints.map((cp) => ({
      id: cp.id,
      sessions: cp.sessions.length,
      rounds: cp.rounds ?? 1,
    })),
    runs: spec.runs,
    timesMs: times.map((t) => Number(t.toFixed(1))),
    medianMs: Number(medianMs.toFixed(1)),
    targetMs: spec.targetMs,
    meetsTarget: medianMs < spec.targetMs,
    heapUsedMiB: Number((memory.heapUsed / MiB).toFixed(1)),
    heapGrowthMiB: Number(((memory.heapUsed - heapBefore) / MiB).toFixed(1)),
    rssMiB: Number((memory.rss / MiB).toFixed(1)),
    quality: quality(out),
  };
}

/** Solve for 95 % of the participants, then re-run for all with that result as `previous`. */
function runLateRegistrations(participants: number) {
  const everyone = realisticInstance(7, participants);
  const early: AssignmentInstance = {
    ...everyone,
    participants: everyone.participants.slice(0, Math.floor(participants * 0.95)),
  };
  const first = assign(early);
  const times: number[] = [];
  let rerun: AssignmentResult | undefined;
  for (let run = 0; run < 3; run++) {
    const { value, ms } = timed(() => assign({ ...everyone, previous: first.assignments }));
    times.push(ms);
    rerun = value;
  }
  const out = rerun as AssignmentResult;
  const moved = Object.fromEntries(Object.entries(out.choicePoints).map(([id, r]) => [id, r.moved.length]));
  console.log(`late registrations: ${participants} participants, median ${percentile(times, 50).toFixed(0)} ms`);
  return {
    participants,
    lateRegistrations: participants - early.participants.length,
    medianMs: Number(percentile(times, 50).toFixed(1)),
    movedPerChoicePoint: moved,
    changedPlacements: Object.values(out.choicePoints).reduce((sum, r) => sum + r.changedPlacements, 0),
  };
}

const cases = CASES.map(runCase);
const [firstCase] = cases;
if (!firstCase) throw new Error('no benchmark case');
const late = runLateRegistrations(firstCase.participants);
const peakRssMiB = Number((process.resourceUsage().maxRSS / 1024).toFixed(1));
const loadAverage = os.loadavg().map((v) => Number(v.toFixed(2)));
const report = {
  benchmark: 'assignment',
  quick: QUICK,
  machine: { ...machineInfo(), loadAverage },
  cases,
  lateRegistrations: late,
  peakRssMiB,
};

fs.mkdirSync('bench/results', { recursive: true });
fs.writeFileSync('bench/results/assignment.json', `${JSON.stringify(report, null, 2)}\n`);

const m = report.machine;
const rows = cases.map(
  (c) =>
    `| ${c.participants} | ${c.runs} | ${c.medianMs} | ${c.targetMs} | ${c.meetsTarget ? 'yes' : 'NO'} | ${c.heapUsedMiB} | ${c.rssMiB} | ` +
    `${c.quality.firstChoiceShare} / ${c.quality.topThreeShare} / ${c.quality.unrankedShare} | ${Object.values(c.quality.fairnessRank).join(', ')} |`,
);
const md = `# Assignment optimiser benchmark

Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}, ${m.date}${QUICK ? ' (quick run)' : ''}; load average at the end ${m.loadAverage.join(' / ')} (other work shared the machine when it is above the core count)

Instances: ${firstCase.choicePoints.map((cp) => `${cp.id} (${cp.sessions} sessions${cp.rounds > 1 ? `, ${cp.rounds} rounds` : ''})`).join(', ')}; about 10 % spare seats per choice point, uneven session sizes, skewed popularity (seeded).

| participants | runs | median assign (ms) | target (ms) | met | heap used (MiB) | rss (MiB) | share 1st / top-3 / unranked placements | fairness rank per choice point |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Re-run after ${late.lateRegistrations} late registrations (${late.participants} participants, previous result given): median ${late.medianMs} ms, ${late.changedPlacements} changed placements; moved per choice point: ${Object.entries(
  late.movedPerChoicePoint,
)
  .map(([id, n]) => `${id} ${n}`)
  .join(', ')}.

Peak RSS of the whole benchmark process: ${peakRssMiB} MiB. Times are wall-clock per assign() call (validation, all choice points, report), instance generation excluded.
`;
fs.writeFileSync('bench/results/assignment.md', md);
console.log(md);
