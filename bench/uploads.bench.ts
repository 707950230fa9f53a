// Large evidence uploads: a generated CSV grid (2 GB by default, made while it is sent, never
// held whole or written by the client) is uploaded to the real server (compiled, as `npm start`
// runs it, on a fresh embedded database) as multipart/form-data. The file streams to the file
// store (FILE_STORE_DIR) and is then read once more by the upload check. Records the server's
// peak resident size (/proc/PID/status, sampled every 25 ms, and VmHWM), its idle size, the wall
// time and the throughput of each upload (file bytes / time from the first byte sent to the 201).
// BENCH_UPLOAD_BYTES sets the size, BENCH_UPLOAD_RUNS the number of uploads (each dataset is
// deleted before the next). Results: bench/results/uploads.{json,md}.
import fs from 'node:fs';
import os from 'node:os';
import { machineInfo, percentile } from './lib/machine.ts';
import { readMemory, resetPeak, sampleMemory, startServerProcess } from '../packages/server/test/server-process.ts';
import { streamGeneratedUpload } from '../packages/server/test/streamed-upload.ts';

const FILE_BYTES = Number(process.env.BENCH_UPLOAD_BYTES ?? 2e9);
const RUNS = Number(process.env.BENCH_UPLOAD_RUNS ?? 3);
const TARGET_MB = 500;
const email = 'bench@example.org';
const password = 'correct horse battery';
const limit = String(2 * FILE_BYTES);

const server = await startServerProcess({
  compiled: true,
  seed: false,
  users: [{ email, role: 'reader', password }],
  env: { UPLOAD_MAX_BYTES: limit, UPLOAD_MAX_DECOMPRESSED_BYTES: limit, UPLOAD_QUOTA_BYTES: limit },
});
const round = (v: number) => Number(v.toFixed(1));
interface UploadRun {
  fileBytes: number;
  seconds: number;
  mbPerSecond: number;
  peakRssMb: number;
  peakAboveIdleMb: number;
  samples: number;
}
const runs: UploadRun[] = [];
let idleMb = 0;
try {
  const session = await server.signIn(email, password);
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
  await new Promise((r) => setTimeout(r, 2000));
  idleMb = round(readMemory(server.pid).rssMb);
  for (let i = 0; i < RUNS; i++) {
    resetPeak(server.pid);
    const sampler = sampleMemory(server.pid, 25);
    const sent = await streamGeneratedUpload(server.base, headers, FILE_BYTES);
    const seen = sampler.stop();
    if (sent.status !== 201) throw new Error(`upload ${i + 1} failed: ${sent.status} ${JSON.stringify(sent.body)}`);
    if (sent.body.sizeBytes !== sent.fileBytes)
      throw new Error(`stored ${sent.body.sizeBytes} of ${sent.fileBytes} bytes`);
    const peakMb = round(Math.max(seen.peakMb, readMemory(server.pid).peakMb));
    const run: UploadRun = {
      fileBytes: sent.fileBytes,
      seconds: round(sent.seconds),
      mbPerSecond: round(sent.fileBytes / 1e6 / sent.seconds),
      peakRssMb: peakMb,
      peakAboveIdleMb: round(peakMb - idleMb),
      samples: seen.samples,
    };
    console.log(`upload ${i + 1}: ${JSON.stringify(run)}`);
    runs.push(run);
    const del = await fetch(`${server.base}/api/v1/evidence/datasets/${sent.body.id}`, { method: 'DELETE', headers });
    if (del.status !== 204) throw new Error(`deleting the dataset failed: ${del.status}`);
  }
} finally {
  await server.stop();
}

const median = (key: 'seconds' | 'mbPerSecond' | 'peakRssMb' | 'peakAboveIdleMb') =>
  percentile(
    runs.map((r) => r[key]),
    50,
  );
const [firstRun] = runs;
if (!firstRun) throw new Error('no upload ran');
const summary = {
  fileBytes: firstRun.fileBytes,
  runs: runs.length,
  idleRssMb: idleMb,
  medianSeconds: median('seconds'),
  medianMbPerSecond: median('mbPerSecond'),
  medianPeakRssMb: median('peakRssMb'),
  maxPeakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
  medianPeakAboveIdleMb: median('peakAboveIdleMb'),
  targetMb: TARGET_MB,
  meetsTarget: Math.max(...runs.map((r) => r.peakRssMb)) < TARGET_MB,
};
const loadAverage = os.loadavg().map((v) => Number(v.toFixed(2)));
const report = { benchmark: 'uploads', machine: { ...machineInfo(), loadAverage }, summary, runs };
fs.mkdirSync('bench/results', { recursive: true });
fs.writeFileSync('bench/results/uploads.json', `${JSON.stringify(report, null, 2)}\n`);

const m = report.machine;
const s = summary;
const md = `# Large upload benchmark

Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}, ${m.date}; load average at the end ${m.loadAverage.join(' / ')} (other work shared the machine when it is above the core count)

A generated CSV grid of ${s.fileBytes.toLocaleString('en')} bytes, made while it is sent, uploaded ${s.runs} time(s) as multipart/form-data to the compiled server (\`dist/main.js\`, embedded PGlite database) started as a child process. The file streams to the file store under FILE_STORE_DIR (temporary name, SHA-256 on the way, fsync), is read once more by the upload check (every row's field count, within UPLOAD_MAX_DECOMPRESSED_BYTES), and is moved into place when its dataset row commits; the dataset is deleted before the next upload. Time: first byte sent to the 201 answer. Memory: the server's resident size sampled every 25 ms from /proc/PID/status, and its VmHWM (reset before each upload).

| file (bytes) | uploads | idle RSS (MB) | median time (s) | median throughput (MB/s) | median peak RSS (MB) | max peak RSS (MB) | median peak above idle (MB) | target (MB) | met |
|---|---|---|---|---|---|---|---|---|---|
| ${s.fileBytes.toLocaleString('en')} | ${s.runs} | ${s.idleRssMb} | ${s.medianSeconds} | ${s.medianMbPerSecond} | ${s.medianPeakRssMb} | ${s.maxPeakRssMb} | ${s.medianPeakAboveIdleMb} | < ${s.targetMb} | ${s.meetsTarget ? 'yes' : 'NO'} |

Each upload: ${runs.map((r) => `${r.seconds} s, ${r.mbPerSecond} MB/s, peak ${r.peakRssMb} MB`).join('; ')}.
`;
fs.writeFileSync('bench/results/uploads.md', md);
console.log(md);
if (!s.meetsTarget) process.exitCode = 1;
