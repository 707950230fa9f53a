import { describeBytes } from '@convivio/indicators';
import type { User } from '../accounts/schema.ts';
import { limitVariable, type Limits } from '../config-limits.ts';
import type { Queryable } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { storedUploadBytes } from './queries.ts';
import type { UploadRoom } from './upload-parser.ts';

function quotaError(used: number, quota: number): AppError {
  return new AppError(
    'payload_too_large',
    `file: this upload would take your stored files past your quota of ${describeBytes(quota)} (${limitVariable('uploadQuotaBytes')}); ${describeBytes(used)} are in use: delete a dataset to make room`,
    'file',
  );
}

/**
 * How large a file the user may upload now: the per-file limit (UPLOAD_MAX_BYTES), or less
 * when their stored uploads leave less room in their quota (UPLOAD_QUOTA_BYTES).
 */
export async function uploadRoom(db: Queryable, user: User, limits: Limits): Promise<UploadRoom> {
  const used = await storedUploadBytes(db, user.id);
  const left = Math.max(0, limits.uploadQuotaBytes - used);
  if (left < limits.uploadMaxBytes) return { bytes: left, tooLarge: () => quotaError(used, limits.uploadQuotaBytes) };
  return {
    bytes: limits.uploadMaxBytes,
    tooLarge: () =>
      new AppError(
        'payload_too_large',
        `file: the file is larger than the limit of ${describeBytes(limits.uploadMaxBytes)} (${limitVariable('uploadMaxBytes')})`,
        'file',
      ),
  };
}

/** Checks the quota again inside the transaction that stores a file, with the owner's row locked (concurrent uploads). */
export async function assertWithinQuota(tx: Queryable, user: User, size: number, limits: Limits): Promise<void> {
  await tx.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [user.id]);
  const used = await storedUploadBytes(tx, user.id);
  if (used + size > limits.uploadQuotaBytes) throw quotaError(used, limits.uploadQuotaBytes);
}
