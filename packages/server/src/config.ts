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
  limits: Limits;
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
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be an integer 0-65535, got "${env.PORT}"`);
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL must start with postgres:// or postgresql://');
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
  const config: Config = {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? 'data/db'),
    databaseUrl,
    cookieSecure: bool('COOKIE_SECURE', env.NODE_ENV === 'production'),
    logLevel: env.LOG_LEVEL ?? 'info',
    seedOnEmpty: bool('SEED_ON_EMPTY', true),
    signInLimitPerMinute: limit,
    limits: readLimits(env, problems),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}
