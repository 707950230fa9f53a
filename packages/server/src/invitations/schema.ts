import { LANGUAGES } from '@convivio/web';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../accounts/passwords.ts';

export const zCreateInvitation = z.object({
  email: z.string().trim().toLowerCase().email({ message: 'must be an email address' }).max(320),
  cityId: z.string().min(1, { message: 'is required' }).max(200).describe('The city the invited person will edit'),
  language: z
    .string()
    .max(20)
    .refine((l) => LANGUAGES().includes(l), { message: `must be one of ${LANGUAGES().join(', ')}` })
    .optional()
    .describe(
      "The language of the e-mail and of the page its link opens (an interface language code); by default the invitee's account language, else the inviter's",
    ),
});

export const zInvitation = z
  .object({
    id: z.string(),
    email: z.string(),
    cityId: z.string(),
    cityName: z.string(),
    role: z.literal('editor'),
    invitedBy: z.string().nullable().describe("The inviter's name"),
    state: z.enum(['pending', 'accepted', 'revoked', 'expired']),
    createdAt: z.string(),
    expiresAt: z.string(),
    acceptedAt: z.string().nullable(),
  })
  .meta({ id: 'Invitation' });

export const zInvitationList = z.object({ items: z.array(zInvitation) });

export const zInvitationQuery = z.object({
  cityId: z.string().max(200).optional().describe("Only this city's invitations"),
});

export const zAcceptInvitation = z.object({
  token: z.string().min(1, { message: 'is required' }).max(200).describe('The secret from the e-mailed link'),
  name: z.string().trim().min(1, { message: 'is required' }).max(200).optional().describe('For a new account'),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { message: `must have at least ${MIN_PASSWORD_LENGTH} characters` })
    .max(1000)
    .optional()
    .describe('For a new account'),
});

export const zAcceptedInvitation = z
  .object({
    email: z.string(),
    cityId: z.string(),
    created: z.boolean().describe('true: a new account was made; false: the existing account became an editor'),
  })
  .meta({ id: 'AcceptedInvitation' });

export type Invitation = z.infer<typeof zInvitation>;
