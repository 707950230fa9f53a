import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesInStore } from './evidence-fixtures.ts';
import { readMemory, resetPeak, sampleMemory, startServerProcess, type ServerProcess } from './server-process.ts';
import { streamGeneratedUpload } from './streamed-upload.ts';

const MiB = 2 ** 20;
/** The upload: a few hundred MB, made while it is sent. */
const FILE_BYTES = 256 * MiB;
/** The server's resident memory may never reach this, whatever the file's size (idle, it holds ~420 MB, mostly the embedded database). */
const MAX_RSS_MB = 500;
/** How much the upload may add to the idle server's resident memory: far less than the file. */
const MAX_GROWTH_MB = 100;

/**
 * The real server (compiled, as `npm start` runs it; embedded database) as a child process: a large upload
 * streams to its file store while its resident memory (/proc/PID/status) stays bounded.
 */
describe.runIf(process.platform === 'linux')('memory of the real server on a large upload', () => {
  const email = 'streaming@example.org';
  const password = 'correct horse battery';
  let server: ServerProcess;
  let headers: Record<string, string>;
  let idleMb: number;

  beforeAll(async () => {
    const limit = String(2 * FILE_BYTES);
    server = await startServerProcess({
      compiled: true,
      seed: false,
      users: [{ email, role: 'reader', password }],
      env: { UPLOAD_MAX_BYTES: limit, UPLOAD_MAX_DECOMPRESSED_BYTES: limit, UPLOAD_QUOTA_BYTES: limit },
    });
    const session = await server.signIn(email, password);
    headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
    idleMb = readMemory(server.pid).rssMb;
    // The start (build check, account creation, first migrations) is slow on a loaded machine.
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
  });

  it(`stores a ${FILE_BYTES / MiB} MiB upload in the file store with the server under ${MAX_RSS_MB} MB resident`, async () => {
    resetPeak(server.pid);
    const sampler = sampleMemory(server.pid, 25);
    const sent = await streamGeneratedUpload(server.base, headers, FILE_BYTES);
    const memory = sampler.stop();
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.fileBytes).toBeGreaterThanOrEqual(FILE_BYTES);
    expect(sent.body.sizeBytes).toBe(sent.fileBytes);
    const stored = path.join(server.fileStoreDir, 'evidence', sent.body.id!);
    expect(filesInStore(server.fileStoreDir)).toEqual([path.join('evidence', sent.body.id!)]);
    expect(fs.statSync(stored).size).toBe(sent.fileBytes);
    const hash = crypto.createHash('sha256');
    for await (const chunk of fs.createReadStream(stored)) hash.update(chunk as Buffer);
    expect(hash.digest('hex')).toBe(sent.sha256);
    expect(memory.samples).toBeGreaterThan(10);
    expect(memory.peakMb).toBeGreaterThan(0);
    expect(memory.peakMb).toBeLessThan(MAX_RSS_MB);
    expect(memory.peakMb - idleMb).toBeLessThan(MAX_GROWTH_MB);
    expect(readMemory(server.pid).peakMb).toBeLessThan(MAX_RSS_MB);
  }, 120_000);
});
