/** Worker thread entry: runs the jobs sent by the pool (kernel bands, Moran's I). */
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './jobs.ts';

const port = parentPort;
if (port !== null) {
  port.on('message', (msg: { id: number; job: Job }) => {
    try {
      const result = runJob(msg.job);
      port.postMessage({ id: msg.id, ok: true, result });
    } catch (e) {
      port.postMessage({ id: msg.id, ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  });
  port.postMessage({ ready: true });
}
