// Event assignment end to end (service level, PGlite): the Milan programme with capacities, N registered
// participants with skewed rankings; times the first run (build the instances from the database, optimise
// every choice point, store assignments and report) and a re-run after 5% late registrations, and counts
// who moved. BENCH_QUICK=1: smaller sizes. Results: bench/results/events.{json,md}.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { RegistrationInput } from '@convivio/shared';
import { createUser } from '../packages/server/src/accounts/service.ts';
import { seedIfEmpty } from '../packages/server/src/bootstrap.ts';
import type { Database } from '../packages/server/src/db/database.ts';
import { migrate } from '../packages/server/src/db/migrate.ts';
import { openPglite } from '../packages/server/src/db/pglite.ts';
import { runAssignment } from '../packages/server/src/events/assignment-service.ts';
import { choicePointsOf, type ChoicePoint } from '../packages/server/src/events/choice-points.ts';
import { insertParticipant, saveRanking } from '../packages/server/src/events/participant-queries.ts';
import { findEvent } from '../packages/server/src/events/queries.ts';
import { changeEvent } from '../packages/server/src/events/service.ts';
import { machineInfo } from './lib/machine.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const SIZES = QUICK ? [200, 1_000] : [200, 1_000, 3_000];
const EVENT = 'event-icc-milan-2018';

/** Deterministic generator (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A ranking of `count` options, drawn with weights 1/(i+1): early options are popular. */
function skewedRanking(point: ChoicePoint, count: number, rand: () => number): string[] {
  const pool = point.options.map((o, i) => ({ id: o.id, w: 1 / (i + 1) }));
  const out: string[] = [];
  while (out.length < count && pool.length) {
    let x = rand() * pool.reduce((a, p) => a + p.w, 0);
    const i = pool.findIndex((p) => (x -= p.w) <= 0);
    const [taken] = pool.splice(i < 0 ? pool.length - 1 : i, 1);
    if (!taken) break;
    out.push(taken.id);
  }
  return out;
}

async function addParticipants(
  db: Database,
  adminId: string,
  points: ChoicePoint[],
  from: number,
  count: number,
  rand: () => number,
): Promise<void> {
  await db.transaction(async (tx) => {
    for (let i = from; i < from + count; i++) {
      const id = `participant-bench-${i}-${crypto.randomBytes(3).toString('hex')}`;
      const input: RegistrationInput = {
        name: `Participant ${i}`,
        organisation: null,
        cityId: null,
        role: 'city-official',
        email: `p${i}@example.org`,
        languages: ['en'],
        accessibilityNeeds: null,
        consent: true,
      };
      await insertParticipant(tx, { id, eventId: EVENT, userId: null, registeredBy: adminId }, input);
      for (const p of points)
        await saveRanking(tx, id, p.id, skewedRanking(p, p.kind === 'corner' ? 3 : p.options.length, rand));
    }
  });
}

async function measure(n: number) {
  const db = await openPglite(null);
  await migrate(db);
  await seedIfEmpty(db);
  const admin = await createUser(db, {
    email: 'bench@example.org',
    name: 'Bench',
    role: 'admin',
    password: 'correct horse battery',
  });
  // Seats for everybody with 10–20% to spare, so popular sessions fill and people get second choices.
  await changeEvent(db, admin, EVENT, 'capacities', (rec) => {
    for (const s of rec.sessions) {
      if (s.choiceGroup)
        s.capacity = Math.ceil((n * 1.1) / rec.sessions.filter((x) => x.choiceGroup === s.choiceGroup).length);
      for (const p of s.presentations) p.capacity = Math.ceil((n * 1.2) / s.presentations.length);
    }
    return rec;
  });
  const points = choicePointsOf((await findEvent(db, EVENT))!.record);
  const rand = rng(7);
  await addParticipants(db, admin.id, points, 0, n, rand);
  let t0 = performance.now();
  const first = await runAssignment(db, admin, EVENT, { waitingList: true });
  const firstMs = performance.now() - t0;
  const late = Math.ceil(n * 0.05);
  await addParticipants(db, admin.id, points, n, late, rand);
  t0 = performance.now();
  const second = await runAssignment(db, admin, EVENT, { waitingList: true });
  const rerunMs = performance.now() - t0;
  await db.close();
  const share1 = (r: typeof first) => r.rankShare['1'] ?? 0;
  return {
    participants: n,
    choicePoints: points.length,
    firstRunMs: Math.round(firstMs),
    firstChoiceShare: share1(first),
    lateRegistrations: late,
    rerunMs: Math.round(rerunMs),
    moved: second.choicePoints.reduce((a, c) => a + c.moved.length, 0),
    waiting: second.choicePoints.reduce((a, c) => a + c.waiting.length, 0),
  };
}

const results = [];
for (const n of SIZES) {
  const r = await measure(n);
  console.log(JSON.stringify(r));
  results.push(r);
}
const out = { machine: machineInfo(), quick: QUICK, engine: 'pglite', results };
fs.mkdirSync('bench/results', { recursive: true });
fs.writeFileSync('bench/results/events.json', JSON.stringify(out, null, 2) + '\n');
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const md = [
  '# Event assignment benchmark',
  '',
  `Machine: ${out.machine.cpu}, ${out.machine.cores} cores, ${out.machine.memoryGiB} GiB, Node ${out.machine.node}, ${out.machine.date}${QUICK ? ' (quick run)' : ''}`,
  '',
  'The Milan programme (4 choice points: two workshop slots of 4, a 2-round corner of 5 presentations, 2 site visits) with 10–20% spare seats; skewed rankings. Service level on PGlite: read registrations and rankings, optimise each choice point, store assignments and the report.',
  '',
  '| participants | first run (ms) | placements at 1st choice | +5% late registrations: re-run (ms) | moved | waiting |',
  '|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.participants} | ${r.firstRunMs} | ${pct(r.firstChoiceShare)} | ${r.lateRegistrations}: ${r.rerunMs} | ${r.moved} | ${r.waiting} |`,
  ),
  '',
].join('\n');
fs.writeFileSync('bench/results/events.md', md);
