import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { installErrorHandler } from '../src/http/error-handler.ts';
import { ENGINES, freshDatabase } from './harness.ts';

/** The error a promise rejects with (fails when it resolves). */
async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a database error');
    },
    (err) => err,
  );
}

/** What the API answers when a route throws this error. */
async function answerTo(err: unknown) {
  const app = Fastify();
  installErrorHandler(app);
  app.get('/fail', async () => {
    throw err;
  });
  const res = await app.inject({ url: '/fail' });
  await app.close();
  return { status: res.statusCode, body: res.json() };
}

/** A meeting point for n parties: each `arrive()` resolves once all n have arrived. */
function meeting(n: number): { arrive: () => Promise<void> } {
  let arrived = 0;
  let all!: () => void;
  const everyone = new Promise<void>((resolve) => {
    all = resolve;
  });
  return {
    arrive: () => {
      if (++arrived === n) all();
      return everyone;
    },
  };
}

/** The errors of the runs that failed. */
async function failures(runs: Promise<unknown>[]): Promise<{ code?: string }[]> {
  return (await Promise.allSettled(runs)).flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
}

describe.each(ENGINES)('database errors of changes that met, on %s', (engine) => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await freshDatabase(engine));
    await db.exec(
      'CREATE TABLE clash (id int PRIMARY KEY, n int NOT NULL DEFAULT 0); INSERT INTO clash (id) VALUES (1), (2)',
    );
  });
  afterAll(async () => drop?.());

  it('answers a unique violation (23505) as 409 conflict, naming the version when two revisions met', async () => {
    const err = await rejection(db.query('INSERT INTO clash (id) VALUES (1)'));
    expect((err as { code: string }).code).toBe('23505');
    expect(await answerTo(err)).toMatchObject({
      status: 409,
      body: { error: { code: 'conflict', message: expect.stringContaining('clash') } },
    });
    await db.query(
      `INSERT INTO revisions (entity_type, entity_id, version, action, status, record) VALUES ('practice', 'practice-x', 1, 'create', 'draft', '{}')`,
    );
    const twice = await rejection(
      db.query(
        `INSERT INTO revisions (entity_type, entity_id, version, action, status, record) VALUES ('practice', 'practice-x', 1, 'update', 'draft', '{}')`,
      ),
    );
    expect(await answerTo(twice)).toMatchObject({
      status: 409,
      body: { error: { code: 'conflict', field: 'version' } },
    });
  });

  it('still answers any other database error as a logged 500', async () => {
    const err = await rejection(db.query('SELECT * FROM no_such_table'));
    expect(await answerTo(err)).toMatchObject({ status: 500, body: { error: { code: 'internal' } } });
  });

  it.runIf(engine === 'postgres')(
    'answers a deadlock (40P01) and a serialization failure (40001) as 409 conflict',
    async () => {
      // Two transactions lock the two rows in opposite orders: PostgreSQL cancels one of them.
      const locked = meeting(2);
      const crossing = (first: number, second: number) =>
        db.transaction(async (tx) => {
          await tx.query('UPDATE clash SET n = n + 1 WHERE id = $1', [first]);
          await locked.arrive();
          await tx.query('UPDATE clash SET n = n + 1 WHERE id = $1', [second]);
        });
      const deadlock = await failures([crossing(1, 2), crossing(2, 1)]);
      expect(deadlock.map((e) => e.code)).toEqual(['40P01']);
      expect(await answerTo(deadlock[0])).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });

      // Two serializable transactions each read what the other writes: one cannot commit.
      const read = meeting(2);
      const skew = (readId: number, writeId: number) =>
        db.transaction(async (tx) => {
          await tx.query('SET TRANSACTION ISOLATION LEVEL SERIALIZABLE');
          await tx.query('SELECT n FROM clash WHERE id = $1', [readId]);
          await read.arrive();
          await tx.query('UPDATE clash SET n = n + 1 WHERE id = $1', [writeId]);
        });
      const serialization = await failures([skew(1, 2), skew(2, 1)]);
      expect(serialization.map((e) => e.code)).toEqual(['40001']);
      expect(await answerTo(serialization[0])).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    },
  );
});
