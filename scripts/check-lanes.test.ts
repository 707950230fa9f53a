import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs runCheckLanes on the given lanes in a child process; its stdout and returned step title. */
function lanes(
  spec: ({ title: string; code: string } | { title: string; command: string; args: string[] })[][],
  options: { priority?: number; abortAfterMs?: number } = {},
): { out: string; failed: string; ms: number } {
  const lanesJson = JSON.stringify(
    spec.map((lane) =>
      lane.map((s) => ({
        title: s.title,
        ...('code' in s ? { args: ['-e', s.code] } : { command: s.command, args: s.args }),
        failure: `${s.title} failed`,
      })),
    ),
  );
  const program = `import('./scripts/check-lanes.mjs').then(async ({ runCheckLanes }) => {
    const stop = new AbortController();
    if (${options.abortAfterMs ?? -1} >= 0) setTimeout(() => stop.abort(), ${options.abortAfterMs ?? -1});
    const failed = await runCheckLanes(${lanesJson}, process.env, { priority: ${options.priority ?? 0}, signal: stop.signal });
    console.log('RESULT ' + (failed ? failed.failure : 'none'));
  });`;
  const t = Date.now();
  const r = spawnSync(process.execPath, ['-e', program], { encoding: 'utf8' });
  const out = r.stdout;
  const failed = /RESULT (.*)/.exec(out)?.[1] ?? 'missing';
  return { out, failed, ms: Date.now() - t };
}

describe('the check lanes', () => {
  it('runs every step of every lane, each step’s output printed whole under its title', () => {
    const r = lanes([
      [{ title: 'one', code: 'console.log("a1"); setTimeout(() => console.log("a2"), 200)' }],
      [
        { title: 'two', code: 'setTimeout(() => console.log("b1"), 100)' },
        { title: 'three', code: 'console.error("c1")' },
      ],
    ]);
    expect(r.failed).toBe('none');
    expect(r.out).toMatch(/=== one \([\d.]+ s\) ===\na1\na2\n/);
    expect(r.out).toMatch(/=== two \([\d.]+ s\) ===\nb1\n/);
    expect(r.out).toMatch(/=== three \([\d.]+ s\) ===\nc1\n/);
    // A lane's steps run in order.
    expect(r.out.indexOf('=== two')).toBeLessThan(r.out.indexOf('=== three'));
  });

  it('runs a step’s own program when it names one, and fails on its exit code', () => {
    const r = lanes([
      [{ title: 'shell', command: '/bin/sh', args: ['-c', 'echo "from the shell"; exit 3'] }],
      [{ title: 'node', code: 'console.log("from node")' }],
    ]);
    expect(r.failed).toBe('shell failed');
    expect(r.out).toMatch(/=== shell \([\d.]+ s\) ===\nfrom the shell\n/);
  });

  it('returns the first failing step and stops the steps still running in other lanes', () => {
    const r = lanes([
      [
        { title: 'slow', code: 'setTimeout(() => console.log("slow finished"), 60000)' },
        { title: 'after slow', code: 'console.log("never")' },
      ],
      [{ title: 'broken', code: 'console.log("bad input at line 3"); process.exit(2)' }],
    ]);
    expect(r.failed).toBe('broken failed');
    expect(r.out).toContain('bad input at line 3');
    expect(r.out).not.toContain('slow finished');
    expect(r.out).not.toContain('never');
    expect(r.ms).toBeLessThan(30000);
  });

  it('does not start the next step of a lane once another lane has failed', () => {
    const r = lanes([
      [
        { title: 'first', code: 'setTimeout(() => {}, 300)' },
        { title: 'second', code: 'console.log("second ran")' },
      ],
      [{ title: 'fails', code: 'process.exit(1)' }],
    ]);
    expect(r.failed).toBe('fails failed');
    expect(r.out).not.toContain('second ran');
  });

  it('runs the steps at the priority asked for (checks beside the tests at the lowest)', () => {
    const code = 'console.log("priority " + require("node:os").getPriority())';
    expect(lanes([[{ title: 'low', code }]], { priority: 19 }).out).toContain('priority 19');
    expect(lanes([[{ title: 'usual', code }]]).out).toContain('priority 0');
  });

  it('stops the running steps and starts no more when the run is stopped, without calling that a failure', () => {
    const r = lanes(
      [
        [
          { title: 'slow', code: 'setTimeout(() => console.log("slow finished"), 60000)' },
          { title: 'after slow', code: 'console.log("never")' },
        ],
        [{ title: 'quick', code: 'console.log("quick ran")' }],
      ],
      { abortAfterMs: 1000 },
    );
    expect(r.failed).toBe('none');
    expect(r.out).toContain('quick ran');
    expect(r.out).toMatch(/=== slow \([\d.]+ s\) ===/);
    expect(r.out).not.toContain('slow finished');
    expect(r.out).not.toContain('never');
    expect(r.ms).toBeLessThan(30000);
  });
});
