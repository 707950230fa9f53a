/** Worker thread entry: runs the jobs sent by the pool (kernel bands, Moran's I, CSV parts). */
import { parentPort } from 'node:worker_threads';
import { partBuffers, type CsvPartResult } from '../io/csv-part.ts';
import { runJob, type Job } from './jobs.ts';

const port = parentPort;
if (port !== null) {
  port.on('message', (msg: { id: number; job: Job }) => {
    try {
      const result = runJob(msg.job);
      // A CSV part's columns move to the calling thread rather than being copied.
      const transfer = msg.job.kind === 'csv-part' ? partBuffers(result as CsvPartResult) : [];
      port.postMessage({ id: msg.id, ok: true, result }, transfer);
    } catch (e) {
      port.postMessage({ id: msg.id, ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  });
  port.postMessage({ ready: true });
}
