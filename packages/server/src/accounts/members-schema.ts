import { z } from 'zod';
import { ROLES } from '@convivio/shared';
import { zApiToken, zUser } from './schema.ts';

/** One of the signed-in person's sessions: an opaque id, never the token or its hash. */
export const zAccountSession = z
  .object({
    id: z.string().describe('Opaque: use it to end the session'),
    createdAt: z.string(),
    lastSeenAt: z.string().nullable(),
    expiresAt: z.string(),
    device: z.string().nullable().describe('Browser and system, e.g. "Firefox on Linux"'),
    current: z.boolean().describe('The session making this request'),
  })
  .meta({ id: 'AccountSession' });

export const EDITOR_REQUEST_STATUSES = ['pending', 'approved', 'refused'] as const;

export const zCreateEditorRequest = z.object({
  cityId: z.string().trim().min(1, { message: 'choose a city' }).max(200),
  reason: z
    .string()
    .trim()
    .min(1, { message: 'is required' })
    .max(1000, { message: 'must be at most 1000 characters' }),
});

export const zEditorRequestDecision = z.object({ decision: z.enum(['approve', 'refuse']) });

export const zEditorRequest = z
  .object({
    id: z.string(),
    userId: z.string(),
    userName: z.string(),
    userEmail: z.string().nullable().describe("Shown to administrators and to the request's author only"),
    cityId: z.string(),
    reason: z.string(),
    status: z.enum(EDITOR_REQUEST_STATUSES),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'EditorRequest' });

/** An editor request someone decided as an administrator: which one, the decision and when (never whose it was). */
export const zDecidedEditorRequest = z
  .object({
    requestId: z.string(),
    cityId: z.string(),
    decision: z.enum(['approved', 'refused']),
    decidedAt: z.string(),
  })
  .meta({ id: 'DecidedEditorRequest' });

/** An account as administrators see it in the users list. */
export const zAdminUser = zUser.extend({ disabled: z.boolean(), createdAt: z.string() }).meta({ id: 'AdminUser' });

export const zAdminUserQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Part of the name or e-mail address'),
  role: z.enum(ROLES).optional(),
  cityId: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const zAdminUserPage = z.object({
  items: z.array(zAdminUser),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const zAdminUserPatch = z
  .object({
    role: z.enum(ROLES).optional(),
    cityId: z.string().max(200).nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .refine((p) => p.role !== undefined || p.cityId !== undefined || p.disabled !== undefined, {
    message: 'Give role, cityId or disabled',
  });

export const zDeleteAccountRequest = z.object({
  password: z.string().min(1, { message: 'is required' }).max(1000),
});

/** Everything the platform holds about the signed-in person (each domain adds its own section). */
export const zPersonalDataExport = z
  .object({
    format: z.literal('convivio-personal-data/v1'),
    exportedAt: z.string(),
    account: zUser.extend({ createdAt: z.string() }),
    sessions: z.array(zAccountSession),
    apiTokens: z.array(zApiToken),
    editorRequests: z.array(zEditorRequest),
    editorRequestsDecided: z
      .array(zDecidedEditorRequest)
      .describe('The editor requests this person decided as an administrator'),
  })
  .catchall(z.unknown())
  .meta({ id: 'PersonalDataExport' });

export type EditorRequest = z.infer<typeof zEditorRequest>;
export type DecidedEditorRequest = z.infer<typeof zDecidedEditorRequest>;
export type AdminUser = z.infer<typeof zAdminUser>;
export type AdminUserQuery = z.infer<typeof zAdminUserQuery>;
export type AdminUserPatch = z.infer<typeof zAdminUserPatch>;
