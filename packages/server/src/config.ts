import net from 'node:net';
import path from 'node:path';
import { readLimits, type Limits } from './config-limits.ts';

/** Runtime configuration, read once from the environment at boot. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  cookieSecure: boolean;
  logLevel: string;
  seedOnEmpty: boolean;
  signInLimitPerMinute: number;
  /** Which proxies may set X-Forwarded-For: none (false), a hop count, or proxy addresses/CIDRs. */
  trustProxy: TrustProxy;
  /** Largest request body a route accepts unless it sets its own bodyLimit (bytes). */
  bodyLimit: number;
  limits: Limits;
  /** The site's public address (PUBLIC_BASE_URL, e.g. `https://convivio.example.org`); null: taken from each request. */
  publicBaseUrl: string | null;
  /** SMTP_URL (`smtp://user:pass@host:587`, `smtps://…`): where e-mail goes; null: only to the outbox table. */
  smtpUrl: string | null;
  /** MAIL_FROM: the sender of every e-mail. */
  mailFrom: string;
  /** EVIDENCE_MAP_TILES: a tile address (https, with {z}, {x} and {y}) under evidence maps; null: offline country outlines only. */
  evidenceMapTiles: string | null;
  /** FILE_STORE_DIR: where uploaded files live (default `files` beside DATA_DIR); every process running workers must see the same directory. */
  fileStoreDir: string;
  /**
   * JOB_WORKERS: jobs the server's in-process worker runs at once; 0 runs none (separate
   * `convivio worker` processes do, PostgreSQL only); null: the default (2 on PostgreSQL, 1 on PGlite).
   */
  jobWorkers: number | null;
}

export type TrustProxy = false | number | string[];

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** One TRUST_PROXY entry: an IP address, a CIDR range, or one of proxy-addr's names. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_NAMES.includes(entry)) return true;
  const [ip = '', prefix, extra] = entry.split('/');
  const family = net.isIP(ip);
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: unset, "false" or "0" trusts no proxy (the socket address is the client);
 * a positive integer trusts that many hops; otherwise a comma list of proxy addresses/CIDRs.
 */
function parseTrustProxy(raw: string | undefined, problems: string[]): TrustProxy {
  const v = raw?.trim() ?? '';
  if (v === '' || ['false', 'no', 'off', '0'].includes(v.toLowerCase())) return false;
  if (/^\d+$/.test(v)) return Number(v);
  const entries = v
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !isProxyAddress(e));
  if (bad.length || !entries.length) {
    problems.push(
      `TRUST_PROXY must be false, a hop count, or a comma list of proxy addresses/CIDRs (e.g. 10.0.0.1,192.168.0.0/16); not valid: ${bad.join(', ') || v}`,
    );
    return false;
  }
  return entries;
}

/** Thrown at boot with every configuration problem listed at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n - ${problems.join('\n - ')}`);
  }
}

/** Reads and checks the environment; fails fast listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push(`PORT must be an integer 0-65535, got "${env.PORT}"`);
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  const bool = (name: string, fallback: boolean): boolean => {
    const v = env[name];
    if (v === undefined || v === '') return fallback;
    if (['1', 'true', 'yes'].includes(v.toLowerCase())) return true;
    if (['0', 'false', 'no'].includes(v.toLowerCase())) return false;
    problems.push(`${name} must be true or false, got "${v}"`);
    return fallback;
  };
  const limit = Number(env.SIGNIN_LIMIT_PER_MINUTE ?? 10);
  if (!Number.isInteger(limit) || limit < 1) problems.push('SIGNIN_LIMIT_PER_MINUTE must be a positive integer');
  const bodyLimit = Number(env.BODY_LIMIT_BYTES ?? 1024 * 1024);
  if (!Number.isInteger(bodyLimit) || bodyLimit < 1024)
    problems.push('BODY_LIMIT_BYTES must be an integer of at least 1024');
  const publicBaseUrl = env.PUBLIC_BASE_URL?.trim().replace(/\/+$/, '') || null;
  if (publicBaseUrl && !/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(publicBaseUrl))
    problems.push(
      `PUBLIC_BASE_URL must be an http(s) address such as https://convivio.example.org, got "${publicBaseUrl}"`,
    );
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\/[^/?#\s]+/.test(smtpUrl))
    problems.push('SMTP_URL must be an address such as smtp://user:password@mail.example.org:587 or smtps://…');
  const mailFrom = env.MAIL_FROM?.trim() || 'Convivio <no-reply@convivio.invalid>';
  if (!/^([^<>]*<)?[^@<>\s]+@[^@<>\s]+>?$/.test(mailFrom))
    problems.push(`MAIL_FROM must be an e-mail address, optionally with a name: Convivio <no-reply@example.org>`);
  const evidenceMapTiles = env.EVIDENCE_MAP_TILES?.trim() || null;
  if (evidenceMapTiles && !/^https:\/\/[^/?#\s]+\/\S*$/.test(evidenceMapTiles)) {
    problems.push(`EVIDENCE_MAP_TILES must be an https address, got "${evidenceMapTiles}"`);
  } else if (evidenceMapTiles && !['{z}', '{x}', '{y}'].every((p) => evidenceMapTiles.includes(p)))
    problems.push(`EVIDENCE_MAP_TILES must contain {z}, {x} and {y}, e.g. https://tiles.example.org/{z}/{x}/{y}.png`);
  const dataDir = path.resolve(env.DATA_DIR ?? 'data/db');
  const jobWorkers = readJobWorkers(env.JOB_WORKERS, databaseUrl !== null, problems);
  const config: Config = {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl,
    cookieSecure: bool('COOKIE_SECURE', env.NODE_ENV === 'production'),
    logLevel: env.LOG_LEVEL ?? 'info',
    seedOnEmpty: bool('SEED_ON_EMPTY', true),
    signInLimitPerMinute: limit,
    trustProxy: parseTrustProxy(env.TRUST_PROXY, problems),
    bodyLimit,
    limits: readLimits(env, problems),
    publicBaseUrl,
    smtpUrl,
    mailFrom,
    evidenceMapTiles,
    fileStoreDir: path.resolve(env.FILE_STORE_DIR?.trim() || path.join(path.dirname(dataDir), 'files')),
    jobWorkers,
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** JOB_WORKERS: a whole number 0–64; with embedded PGlite only 1 (one connection, and no other process may open it). */
function readJobWorkers(raw: string | undefined, postgres: boolean, problems: string[]): number | null {
  if (raw === undefined || raw.trim() === '') return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 64) {
    problems.push(`JOB_WORKERS must be a whole number from 0 to 64, got "${raw}"`);
    return null;
  }
  if (!postgres && n !== 1) {
    problems.push(
      `JOB_WORKERS=${n} needs PostgreSQL (DATABASE_URL): the embedded PGlite database is opened by the server alone, ` +
        'so its one in-process worker runs the jobs (leave JOB_WORKERS unset)',
    );
    return null;
  }
  return n;
}
