// Starts a throw-away PostgreSQL cluster for the tests (on loopback only, on a port the OS
// says is free) and stops it after: on stop(), on exit, on SIGINT/SIGTERM/SIGHUP, and when
// starting it fails half-way.
import { execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A TCP port on 127.0.0.1 that nothing listens on (the OS picks it). */
export function freePort() {
  // Synchronous on purpose (callers are scripts): a child node asks the OS for port 0.
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

/**
 * Starts a cluster; returns { url, port, stop }. Runs as the postgres user when we are root.
 * Without a port it takes a free one, and another if that one was taken in the meantime.
 */
export function startTestPostgres(binDir, port) {
  if (port !== undefined) return startOn(binDir, port);
  for (let attempt = 1; ; attempt++) {
    try {
      return startOn(binDir, freePort());
    } catch (err) {
      if (attempt === 3 || !/could not bind|Address already in use/.test(err.message)) throw err;
    }
  }
}

function startOn(binDir, port) {
  if (!Number.isInteger(port) || port <= 0) throw new Error(`no free port for the test PostgreSQL (got ${port})`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-pg-'));
  const isRoot = process.getuid?.() === 0;
  const run = (cmd, args) =>
    isRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' })
      : execFileSync(cmd, args, { stdio: 'pipe' });
  let started = false;
  const stop = () => {
    process.off('exit', stop);
    for (const signal of SIGNALS) process.off(signal, onSignal);
    if (started) {
      try {
        run(`${binDir}/pg_ctl`, ['-D', `${dir}/data`, '-m', 'immediate', '-t', '30', 'stop']);
      } catch {
        /* already stopped */
      }
      started = false;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    stop();
    process.kill(process.pid, signal);
  };
  process.on('exit', stop);
  for (const signal of SIGNALS) process.once(signal, onSignal);
  try {
    if (isRoot) execSync(`chown postgres "${dir}"`);
    run(`${binDir}/initdb`, ['-D', `${dir}/data`, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    started = true; // from here on, stop() tries pg_ctl stop even if start fails half-way
    run(`${binDir}/pg_ctl`, [
      '-D',
      `${dir}/data`,
      '-l',
      `${dir}/log`,
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
      'start',
    ]);
  } catch (err) {
    const log = fs.existsSync(`${dir}/log`)
      ? fs.readFileSync(`${dir}/log`, 'utf8').trim().split('\n').slice(-5).join('\n')
      : '';
    stop();
    throw new Error(
      `the test PostgreSQL did not start on port ${port}: ${err.message.split('\n')[0]}${log ? `\n${log}` : ''}`,
    );
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, stop };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
