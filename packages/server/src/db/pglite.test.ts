import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPglite } from './pglite.ts';
import { emptyClusterFile } from './pglite-empty-cluster.ts';

const setting = async (db: Awaited<ReturnType<typeof openPglite>>, name: string) =>
  (await db.query<{ setting: string }>(`SELECT current_setting('${name}') AS setting`)).rows[0]?.setting;

/** A position in the WAL (an LSN), as bytes from its start. */
const walPosition = async (db: Awaited<ReturnType<typeof openPglite>>, lsn: string) =>
  Number((await db.query<{ bytes: string }>(`SELECT (${lsn} - '0/0'::pg_lsn)::text AS bytes`)).rows[0]?.bytes);

/** How many WAL segment files the database's pg_wal holds (recycled ones, kept for reuse, included). */
const walFiles = async (db: Awaited<ReturnType<typeof openPglite>>) =>
  (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_ls_waldir() WHERE name ~ '^[0-9A-F]{24}$'")).rows[0]
    ?.n;

describe('a small embedded database', () => {
  it('has an 8 MB buffer pool and 1 MB WAL segments, and keeps what it stores across a dump taken at a checkpoint', async () => {
    const db = await openPglite(null, undefined, { small: true });
    try {
      expect(await setting(db, 'shared_buffers')).toBe('8MB');
      expect(await setting(db, 'wal_segment_size')).toBe('1MB');
      await db.exec('CREATE TABLE notes (id int PRIMARY KEY, body text)');
      await db.query('INSERT INTO notes SELECT g, repeat($1, 50) FROM generate_series(1, 20000) g', ['x']);
      const lastWrite = await walPosition(db, 'pg_current_wal_lsn()');
      // The writes filled more than one 1 MB segment.
      expect(await walFiles(db)).toBeGreaterThan(1);
      const dump = await db.dumpDataDir();
      // Dumped at a checkpoint after the last write: a copy starts with no WAL to replay.
      expect(await walPosition(db, '(SELECT redo_lsn FROM pg_control_checkpoint())')).toBeGreaterThanOrEqual(lastWrite);
      // The checkpoint removed the segments before it rather than keeping them for reuse: the dump carries one.
      expect(await walFiles(db)).toBe(1);
      const copy = await openPglite(null, dump, { small: true });
      try {
        expect(await setting(copy, 'shared_buffers')).toBe('8MB');
        const r = await copy.query<{ n: number; total: number }>(
          'SELECT count(*)::int AS n, sum(length(body))::int AS total FROM notes',
        );
        expect(r.rows[0]).toEqual({ n: 20000, total: 20000 * 50 });
      } finally {
        await copy.close();
      }
    } finally {
      await db.close();
    }
  });

  it('is started from a kept empty cluster of its own, apart from the usual one', () => {
    const usual = emptyClusterFile();
    const small = emptyClusterFile(true);
    expect(usual).toMatch(/empty-cluster\.tar$/);
    expect(small).toMatch(/empty-cluster-small-[0-9a-f]{8}\.tar$/);
  });
});

describe('a usual embedded database', () => {
  it("keeps PostgreSQL's 128 MB buffer pool and 16 MB WAL segments", async () => {
    const db = await openPglite(null);
    try {
      expect(await setting(db, 'shared_buffers')).toBe('128MB');
      expect(await setting(db, 'wal_segment_size')).toBe('16MB');
    } finally {
      await db.close();
    }
  });

  it('opened for one command, has the small buffer pool, and the directory it creates is the usual one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-one-command-'));
    try {
      const command = await openPglite(dir, undefined, { oneCommand: true });
      try {
        expect(await setting(command, 'shared_buffers')).toBe('8MB');
        expect(await setting(command, 'wal_segment_size')).toBe('16MB');
        expect(await setting(command, 'wal_recycle')).toBe('on');
        await command.exec('CREATE TABLE notes (body text)');
        await command.query("INSERT INTO notes VALUES ('kept')");
      } finally {
        await command.close();
      }
      // The server opens the same directory next, with the usual pool, and finds what the command wrote.
      const server = await openPglite(dir);
      try {
        expect(await setting(server, 'shared_buffers')).toBe('128MB');
        expect((await server.query<{ body: string }>('SELECT body FROM notes')).rows).toEqual([{ body: 'kept' }]);
      } finally {
        await server.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
