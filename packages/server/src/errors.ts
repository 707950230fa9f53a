import { fieldMessage } from '@convivio/shared';
import type { z } from 'zod';

/** Every error the API can answer with: a stable code mapped to one HTTP status. */
export const ERROR_STATUS = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  import_invalid: 422,
  rate_limited: 429,
  internal: 500,
  email_unverified: 403,
  link_expired: 410,
  link_used: 410,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One problem with the input: where it is and what is wrong. */
export interface FieldIssue {
  field: string;
  message: string;
  position?: number;
}

/** The one error type the services throw; the HTTP layer turns it into JSON. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field: string | null = null,
    readonly issues: FieldIssue[] = [],
    /** Structured facts a client can act on, e.g. `{ currentVersion: 7 }` with a version conflict. */
    readonly details: Record<string, unknown> | null = null,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toJSON(): {
    error: {
      code: ErrorCode;
      message: string;
      field: string | null;
      issues?: FieldIssue[];
      details?: Record<string, unknown>;
    };
  } {
    return {
      error: {
        code: this.code,
        message: this.message,
        field: this.field,
        ...(this.issues.length ? { issues: this.issues } : {}),
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }
}

export const notFound = (what: string, id: string) => new AppError('not_found', `${what} "${id}" does not exist`, 'id');
export const forbidden = (message: string) => new AppError('forbidden', message);
export const unauthenticated = () => new AppError('unauthenticated', 'Sign in to do this');

/** Turns zod issues into field issues with dotted paths (`quantitativeResults.0.target`). */
export function issuesFromZod(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix = '',
): FieldIssue[] {
  return issues.map((i) => ({
    field: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(root)',
    message: i.message,
  }));
}

/** A validation error lists at most this many issues (hostile input can produce millions). */
export const MAX_LISTED_ISSUES = 20;

/**
 * A validation error naming the first field at fault and listing the first MAX_LISTED_ISSUES, saying how many more
 * there are. `field` keeps the machine path (`groups.0.name`); the message names it as people do ("Group 1: name …").
 */
export function validationError(issues: FieldIssue[]): AppError {
  const first = issues[0];
  const message = first ? fieldMessage(first.field, first.message) : 'Invalid input';
  const unlisted = issues.length - MAX_LISTED_ISSUES;
  const more =
    issues.length > 1
      ? ` (and ${issues.length - 1} more${unlisted > 0 ? `; ${unlisted} of them not listed` : ''})`
      : '';
  return new AppError('validation_failed', message + more, first?.field ?? null, issues.slice(0, MAX_LISTED_ISSUES));
}

/** Validates input against a zod schema: the parsed value, or a validation error naming every field at fault (under `fieldPrefix`). */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, fieldPrefix = ''): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(issuesFromZod(parsed.error.issues, fieldPrefix));
  return parsed.data;
}
