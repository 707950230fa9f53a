import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { formatJson, runAssignCli, type AssignCliIo } from './cli.ts';
import type { AssignmentResult } from './types.ts';

const instance = {
  choicePoints: [
    {
      id: 'corner',
      rounds: 2,
      sessions: [
        { id: 'p1', capacity: 1 },
        { id: 'p2', capacity: 1 },
      ],
    },
  ],
  participants: [
    { id: 'u1', rankings: { corner: ['p1', 'p2'] } },
    { id: 'u2', rankings: { corner: ['p1'] } },
  ],
};

/** In-memory files; '-' is standard input/output. */
function memoryIo(files: Record<string, string>) {
  const stderr: string[] = [];
  const io: AssignCliIo = {
    readText: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file '${path}'`);
      return text;
    },
    writeText: async (path, text) => {
      files[path] = text;
    },
    stderr: (text) => stderr.push(text),
  };
  return { io, files, stderr };
}

describe('convivio assign (runAssignCli)', () => {
  it('reads an instance and writes the result', async () => {
    const mem = memoryIo({ 'in.json': JSON.stringify(instance) });
    expect(await runAssignCli(['--input', 'in.json', '--output', 'out.json'], mem.io)).toBe(0);
    const result = JSON.parse(mem.files['out.json']) as AssignmentResult;
    expect(result.assignments).toEqual({ u1: { corner: ['p1', 'p2'] }, u2: { corner: ['p2', 'p1'] } });
    expect(result.choicePoints.corner.fill).toEqual({ p1: [1, 1], p2: [1, 1] });
    expect(mem.stderr.join('')).toContain('assigned 2 participant(s)');
  });

  it('uses standard input and output for -', async () => {
    const mem = memoryIo({ '-': JSON.stringify(instance) });
    expect(await runAssignCli(['--input=-'], mem.io)).toBe(0);
    // u2 ranked only p1, so p2 counts as unranked (sessions + 1 = 3).
    expect(JSON.parse(mem.files['-']).totalCost).toBe(1 + 2 + 1 + 3);
  });

  it('exits 1 with one path-exact line per problem for an invalid instance', async () => {
    const broken = structuredClone(instance);
    broken.participants[1].rankings.corner = ['p1', 'p1', 'p7'];
    const mem = memoryIo({ 'in.json': JSON.stringify(broken) });
    expect(await runAssignCli(['--input', 'in.json', '--output', 'out.json'], mem.io)).toBe(1);
    expect(mem.stderr.join('')).toBe(
      'error: invalid instance (2 problem(s)):\n' +
        "participants[1].rankings.corner[1]: duplicate session 'p1' (already at index 0)\n" +
        "participants[1].rankings.corner[2]: unknown session 'p7' in choice point 'corner'\n",
    );
    expect(mem.files['out.json']).toBeUndefined();
  });

  it('exits 1 on unreadable or malformed input, 2 on a bad command line, 3 when seats run out', async () => {
    expect(await runAssignCli(['--input', 'missing.json'], memoryIo({}).io)).toBe(1);
    const malformed = memoryIo({ 'in.json': '{"choicePoints": [' });
    expect(await runAssignCli(['--input', 'in.json'], malformed.io)).toBe(1);
    expect(malformed.stderr.join('')).toMatch(/^error: cannot read in.json: /);
    expect(await runAssignCli([], memoryIo({}).io)).toBe(2);
    const bogus = memoryIo({});
    expect(await runAssignCli(['--input', 'x', '--bogus'], bogus.io)).toBe(2);
    expect(bogus.stderr.join('')).toBe('error: unknown option --bogus (see convivio assign --help)\n');
    const valueless = memoryIo({});
    expect(await runAssignCli(['--input'], valueless.io)).toBe(2);
    expect(valueless.stderr.join('')).toBe('error: --input needs a value (see convivio assign --help)\n');
    const crowded = structuredClone(instance);
    crowded.participants.push({ id: 'u3', rankings: { corner: [] } });
    const full = memoryIo({ 'in.json': JSON.stringify(crowded) });
    expect(await runAssignCli(['--input', 'in.json'], full.io)).toBe(3);
    expect(full.stderr.join('')).toContain("choice point 'corner'");
    const waiting = memoryIo({ 'in.json': JSON.stringify(crowded) });
    expect(await runAssignCli(['--input', 'in.json', '--waiting-list'], waiting.io)).toBe(0);
    expect(JSON.parse(waiting.files['-']).choicePoints.corner.unassigned).toEqual(['u3']);
  });

  it('writes arrays of plain values on one line without changing the data', () => {
    const tricky = { a: ['x, "y"', 'back\\slash', 'new\nline'], fill: { s: [40, 38] }, none: [], nested: [{ b: [1] }] };
    const text = formatJson(tricky);
    expect(JSON.parse(text)).toEqual(tricky);
    expect(text).toContain('"s": [40, 38]');
    expect(text).toContain('"b": [1]');
  });

  it('runs as a script with node --import tsx', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'assign-cli-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await writeFile(join(dir, 'in.json'), JSON.stringify(instance));
    const script = new URL('./cli.ts', import.meta.url).pathname;
    const run = promisify(execFile);
    await run(process.execPath, [
      '--conditions=convivio-source',
      '--import',
      'tsx',
      script,
      '--input',
      join(dir, 'in.json'),
      '--output',
      join(dir, 'out.json'),
    ]);
    const result = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as AssignmentResult;
    expect(result.worstRank).toBe(3);
    const failed = await run(process.execPath, [
      '--conditions=convivio-source',
      '--import',
      'tsx',
      script,
      '--input',
      join(dir, 'nope.json'),
    ]).catch((err: { code: number; stderr: string }) => err);
    expect(failed).toMatchObject({ code: 1 });
  });
});
