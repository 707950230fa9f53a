import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '../errors.ts';

/** The JSON body of every error answer (`AppError.toJSON`, the error handler): published as the `Error` component. */
export const zErrorBody = z
  .object({
    error: z.object({
      code: z
        .enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]])
        .describe('Stable code; each code has one HTTP status'),
      message: z.string().describe('What went wrong, in words a person can act on'),
      field: z
        .string()
        .nullable()
        .describe('The input at fault (dotted path, e.g. `quantitativeResults.0.target`), or null'),
      issues: z
        .array(z.object({ field: z.string(), message: z.string(), position: z.number().int().optional() }))
        .optional()
        .describe('Every problem with the input, when there are any'),
      details: z
        .record(z.string(), z.unknown())
        .optional()
        .describe('More about the error, e.g. `currentVersion` on a 409 conflict'),
    }),
  })
  .meta({ id: 'Error' });

/** The error statuses an operation may document, each with its reusable response. */
export const ERROR_RESPONSES = {
  400: {
    name: 'BadRequest',
    description: 'The input is invalid: `field` names the first problem and `issues` lists every one',
  },
  401: {
    name: 'Unauthenticated',
    description: 'Sign in first (session cookie or bearer token), or the credentials are wrong',
  },
  403: {
    name: 'Forbidden',
    description: 'Signed in, but not allowed to do this; or the x-csrf-token header is missing or wrong',
  },
  404: { name: 'NotFound', description: 'No such record (or it is a draft you may not see)' },
  409: {
    name: 'Conflict',
    description: 'Conflicts with the current state: the record changed since the version you sent, or the id is taken',
  },
  413: { name: 'PayloadTooLarge', description: 'The request body is too large' },
  415: {
    name: 'UnsupportedMediaType',
    description: 'The request body has a content type this operation does not accept',
  },
  410: { name: 'Gone', description: 'The link (from an e-mail) has expired or has already been used' },
  422: { name: 'Unprocessable', description: 'Valid input that cannot be carried out as asked' },
  429: { name: 'TooManyRequests', description: 'Too many attempts; wait a minute and try again' },
} as const;

export type ErrorStatus = keyof typeof ERROR_RESPONSES;
