import { z } from 'zod';
import { ROLES } from '@convivio/shared';
import { MIN_PASSWORD_LENGTH } from './passwords.ts';

export const zSignInRequest = z.object({
  email: z.string().trim().toLowerCase().email({ message: 'must be an email address' }),
  password: z.string().min(1, { message: 'is required' }).max(1000),
});

export const zCreateUserRequest = z.object({
  email: z.string().trim().toLowerCase().email({ message: 'must be an email address' }),
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  cityId: z.string().nullable().default(null),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { message: `must have at least ${MIN_PASSWORD_LENGTH} characters` })
    .max(1000),
});

export const zUser = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    cityId: z.string().nullable(),
  })
  .meta({ id: 'User' });

export const zSessionResponse = z.object({ user: zUser.nullable(), csrfToken: z.string().nullable() }).meta({
  id: 'Session',
  description: 'The signed-in user (null when signed out) and the CSRF token to send as x-csrf-token on writes',
});

export type User = z.infer<typeof zUser>;
export type CreateUserRequest = z.input<typeof zCreateUserRequest>;

export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const zCreateApiTokenRequest = z.object({
  name: z.string().trim().min(1, { message: 'is required' }).max(100),
  scope: z.enum(TOKEN_SCOPES).describe('read: GET only; write: everything the owner may do'),
  expiresAt: z
    .string()
    .datetime({ offset: true, message: 'must be a date-time such as 2026-12-31T23:59:59Z' })
    .nullable()
    .optional(),
});

export const zApiToken = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.enum(TOKEN_SCOPES),
  hint: z.string().describe('The first characters of the secret, to tell tokens apart'),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

export const zCreatedApiToken = zApiToken.extend({
  token: z.string().describe('The secret: shown only in this answer; send it as `Authorization: Bearer <token>`'),
});

export type CreateApiTokenRequest = z.infer<typeof zCreateApiTokenRequest>;
export type ApiToken = z.infer<typeof zApiToken>;
