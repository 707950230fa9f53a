// Starts a throw-away PostgreSQL cluster for the tests (on loopback only) and stops it after.
import { execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Starts a cluster; returns { url, stop }. Runs as the postgres user when we are root. */
export function startTestPostgres(binDir, port = 54329) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-pg-'));
  const isRoot = process.getuid?.() === 0;
  if (isRoot) execSync(`chown postgres "${dir}"`);
  const run = (cmd, args) => isRoot
    ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' })
    : execFileSync(cmd, args, { stdio: 'pipe' });
  run(`${binDir}/initdb`, ['-D', `${dir}/data`, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run(`${binDir}/pg_ctl`, ['-D', `${dir}/data`, '-l', `${dir}/log`, '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try { run(`${binDir}/pg_ctl`, ['-D', `${dir}/data`, '-m', 'fast', 'stop']); } catch { /* already stopped */ }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
