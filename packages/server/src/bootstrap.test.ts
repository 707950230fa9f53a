import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootstrap } from './bootstrap.ts';
import { loadConfig } from './config.ts';
import { lockFile } from './db/lock.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('bootstrap', () => {
  it('closes the database it opened when a later step fails, so the data directory is free again', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-bootstrap-'));
    made.push(root);
    const dataDir = path.join(root, 'db');
    // The file store is a regular file: the start fails after the database is open.
    const fileStoreDir = path.join(root, 'not-a-directory');
    fs.writeFileSync(fileStoreDir, 'x');
    const config = loadConfig({ DATA_DIR: dataDir, FILE_STORE_DIR: fileStoreDir, SEED_ON_EMPTY: 'false' });
    await expect(bootstrap(config)).rejects.toThrow();
    expect(fs.existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
    expect(fs.existsSync(lockFile(dataDir))).toBe(false);
  });
});
