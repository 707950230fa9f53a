/** Limits on uploads, imports and background jobs, read from the environment. */
export interface Limits {
  /** Largest uploaded grid file as sent (UPLOAD_MAX_BYTES). */
  uploadMaxBytes: number;
  /** Largest grid text once gzip is undone, or Parquet column data uncompressed (UPLOAD_MAX_DECOMPRESSED_BYTES). */
  uploadMaxDecompressedBytes: number;
  /** Longest row of an uploaded CSV (UPLOAD_MAX_LINE_BYTES). */
  uploadMaxLineBytes: number;
  /** Uploaded bytes each user may keep stored (UPLOAD_QUOTA_BYTES). */
  uploadQuotaBytes: number;
  /** Rows of one CSV import (IMPORT_MAX_ROWS). */
  importMaxRows: number;
  /** Wall-clock seconds a background job may run (JOB_TIMEOUT_SECONDS). */
  jobTimeoutSeconds: number;
  /** Attempts of a background job before it fails for good (JOB_MAX_ATTEMPTS). */
  jobMaxAttempts: number;
}

const MiB = 1024 * 1024;

/** The variables, their defaults and smallest accepted values. */
const VARIABLES: Record<keyof Limits, { name: string; fallback: number; min: number }> = {
  uploadMaxBytes: { name: 'UPLOAD_MAX_BYTES', fallback: 64 * MiB, min: 1024 },
  uploadMaxDecompressedBytes: { name: 'UPLOAD_MAX_DECOMPRESSED_BYTES', fallback: 256 * MiB, min: 1024 },
  uploadMaxLineBytes: { name: 'UPLOAD_MAX_LINE_BYTES', fallback: MiB, min: 256 },
  uploadQuotaBytes: { name: 'UPLOAD_QUOTA_BYTES', fallback: 512 * MiB, min: 1024 },
  importMaxRows: { name: 'IMPORT_MAX_ROWS', fallback: 10_000, min: 1 },
  jobTimeoutSeconds: { name: 'JOB_TIMEOUT_SECONDS', fallback: 900, min: 1 },
  jobMaxAttempts: { name: 'JOB_MAX_ATTEMPTS', fallback: 3, min: 1 },
};

/** Reads the limits (positive integers), adding a line to `problems` for each bad value. */
export function readLimits(env: NodeJS.ProcessEnv, problems: string[]): Limits {
  const out = {} as Limits;
  for (const [key, v] of Object.entries(VARIABLES) as [keyof Limits, (typeof VARIABLES)[keyof Limits]][]) {
    const text = env[v.name];
    const n = text === undefined || text.trim() === '' ? v.fallback : Number(text);
    if (!Number.isInteger(n) || n < v.min)
      problems.push(`${v.name} must be an integer of at least ${v.min}, got "${text}"`);
    out[key] = Number.isInteger(n) && n >= v.min ? n : v.fallback;
  }
  return out;
}

/** The environment variable that sets a limit, for error messages. */
export const limitVariable = (key: keyof Limits): string => VARIABLES[key].name;
