// Set up in every Vitest worker (vitest.config.ts, setupFiles): a worker whose Vitest process is
// gone ends instead of running on with no one to report to. Vitest talks to its fork workers over
// an IPC channel, which closes when that process ends; a worker left running its tests (job
// workers polling, servers listening) would otherwise keep its databases, its memory and the
// run's output pipe to itself. Vitest replaces process.exit in its workers with a function that
// throws, so the worker kills itself; Chromium, driven over a pipe, then closes on its own.
const registered = Symbol.for('convivio.test-worker-exit');
const state = globalThis as { [registered]?: true };

// Files share a worker (isolate: false), and each runs the setup files again: listen once.
if (process.send && !state[registered]) {
  state[registered] = true;
  process.once('disconnect', () => {
    process.stderr.write(`Vitest worker ${process.pid}: its Vitest process is gone; ending.\n`);
    process.kill(process.pid, 'SIGKILL');
  });
}
