// Runs the suite's checks (type-check, lint, formatting, import rules, build) as parallel lanes:
// the steps of a lane run one after another, the lanes side by side, so two cores are both busy.
// Each step's output is held and printed whole when the step ends, so lanes never interleave
// lines. The first failing step stops the other lanes and is returned with its message. Checks
// that run beside the tests get a low priority (`priority`), so the tests have the processors
// first, and are stopped with the tests (`signal`).
import { spawn } from 'node:child_process';
import os from 'node:os';

/**
 * @typedef {{ title: string, command?: string, args: string[], failure: string }} CheckStep
 *   `command` runs with `args` (Node, `process.execPath`, when not given); `failure` is printed
 *   when the step fails.
 */

/** Runs one step; resolves to its exit code (1 when it was stopped by a signal). */
function runStep(step, env, running, priority) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(step.command ?? process.execPath, step.args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (priority && child.pid !== undefined) {
      try {
        os.setPriority(child.pid, priority);
      } catch {
        // A system that refuses only makes the step compete with the tests on equal terms.
      }
    }
    running.add(child);
    const out = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => out.push(b));
    child.on('error', (err) => out.push(Buffer.from(`${err.message}\n`)));
    child.on('close', (code, signal) => {
      running.delete(child);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`\n=== ${step.title} (${seconds} s) ===`);
      const text = Buffer.concat(out).toString('utf8');
      if (text.length > 0) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      resolve(signal ? 1 : (code ?? 1));
    });
  });
}

/**
 * Runs the lanes side by side. Resolves to undefined when every step passed, or to the failing
 * step (the first to fail; the others are stopped). `priority` is the steps' nice value (19 the
 * lowest priority); aborting `signal` stops the running steps and starts no more.
 * @param {CheckStep[][]} lanes
 * @param {NodeJS.ProcessEnv} env
 * @param {{ priority?: number, signal?: AbortSignal }} [options]
 * @returns {Promise<CheckStep | undefined>}
 */
export async function runCheckLanes(lanes, env, { priority = 0, signal } = {}) {
  const running = new Set();
  let failed;
  signal?.addEventListener('abort', () => {
    for (const child of running) child.kill('SIGTERM');
  });
  await Promise.all(
    lanes.map(async (lane) => {
      for (const step of lane) {
        if (failed || signal?.aborted) return;
        const code = await runStep(step, env, running, priority);
        if (code !== 0 && !failed && !signal?.aborted) {
          failed = step;
          for (const child of running) child.kill('SIGTERM');
        }
      }
    }),
  );
  return failed;
}
