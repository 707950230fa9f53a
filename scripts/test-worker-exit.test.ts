import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';

const SETUP = pathToFileURL(path.join(import.meta.dirname, 'test-worker-exit.ts')).href;

it('ends a worker whose Vitest process is gone (its IPC channel closed), though it still has work scheduled', async () => {
  // A stand-in for a worker: the setup file, then a timer that would keep it running for good.
  const code = `await import(${JSON.stringify(SETUP)}); setInterval(() => undefined, 1000); process.send('ready');`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (exitCode, signal) => resolve({ code: exitCode, signal })),
  );
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', () => reject(new Error(`the stand-in ended before it was ready: ${stderr}`)));
  });
  // As when the Vitest process ends: the channel closes from the other side.
  child.disconnect();
  // Still running 30 s later: it would have run on for good; end it and fail.
  const stillRunning = setTimeout(() => child.kill('SIGTERM'), 30_000);
  const result = await ended;
  clearTimeout(stillRunning);
  expect(result).toEqual({ code: null, signal: 'SIGKILL' });
  expect(stderr).toMatch(/^Vitest worker \d+: its Vitest process is gone; ending\.\n$/);
});
