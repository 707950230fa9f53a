import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ColumnMapping } from '@convivio/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRID_MAPPING, gridCsv } from '../../test/evidence-fixtures.ts';
import { computeInThread, EngineInputError } from './compute.ts';
import { endIdleThreads, idleThreads } from './thread-pool.ts';

const mapping: ColumnMapping = { cellId: null, year: null, ...GRID_MAPPING };

describe('computation threads kept between runs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thread-pool-'));
  const small = path.join(dir, 'small.csv');
  const large = path.join(dir, 'large.csv');
  const broken = path.join(dir, 'broken.csv');
  const run = (file: string, bandwidths: number[], signal = new AbortController().signal, onProgress = () => {}) =>
    computeInThread(
      { path: file, fileName: path.basename(file), mapping, options: { bandwidths } as never },
      onProgress,
      signal,
    );

  beforeAll(async () => {
    await endIdleThreads();
    fs.writeFileSync(small, gridCsv({ cols: 6, rows: 4 }));
    fs.writeFileSync(large, gridCsv({ cols: 300, rows: 200 }));
    fs.writeFileSync(broken, gridCsv({ cols: 6, rows: 4 }).replace(/\n(\d+),/, '\nwest,'));
  });
  afterAll(async () => {
    await endIdleThreads();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs the next job on the thread that finished the last one, with the same results', async () => {
    const first = await run(small, [200]);
    const [thread] = idleThreads('compute-thread');
    expect(thread).toBeDefined();
    expect(idleThreads('compute-thread')).toHaveLength(1);
    const second = await run(small, [200]);
    expect(idleThreads('compute-thread')).toEqual([thread]);
    expect(second.results).toEqual(first.results);
    expect(second.layers.map((l) => l.name)).toEqual(first.layers.map((l) => l.name));
  });

  it('ends a thread whose job was stopped or failed instead of reusing it', async () => {
    const [warm] = idleThreads('compute-thread');
    expect(warm).toBeDefined();
    const controller = new AbortController();
    const stopped = run(large, [5000, 8000, 12000], controller.signal, () => controller.abort(new Error('stop')));
    await expect(stopped).rejects.toThrow('stop');
    expect(idleThreads('compute-thread')).toEqual([]);
    await expect(run(broken, [])).rejects.toBeInstanceOf(EngineInputError);
    expect(idleThreads('compute-thread')).toEqual([]);
    // A new thread takes the next job.
    expect((await run(small, [])).results).toBeDefined();
    expect(idleThreads('compute-thread')).toHaveLength(1);
    expect(idleThreads('compute-thread')[0]).not.toBe(warm);
  });
});
