import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from './passwords.ts';

const email = z.string().trim().toLowerCase().email({ message: 'must be an email address' }).max(320);
const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: `must have at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(1000);
const token = z.string().min(1, { message: 'is required' }).max(200).describe('The secret from the e-mailed link');

export const zSignUpRequest = z.object({
  email,
  name: z.string().trim().min(1, { message: 'is required' }).max(200),
  password: newPassword,
});
export const zEmailRequest = z.object({ email });
export const zTokenRequest = z.object({ token });
export const zResetPasswordRequest = z.object({ token, password: newPassword });
export const zChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, { message: 'is required' }).max(1000),
  password: newPassword,
});
export const zChangeEmailRequest = z.object({
  email,
  currentPassword: z.string().min(1, { message: 'is required' }).max(1000),
});

/** The answer to a request whose outcome is an e-mail: the same whether the address has an account or not. */
export const zMailAccepted = z
  .object({ message: z.string().describe('What happens next (the same whatever the address)') })
  .meta({ id: 'MailAccepted' });

export const zVerifiedEmail = z
  .object({ email: z.string().describe('The confirmed address') })
  .meta({ id: 'VerifiedEmail' });

export type SignUpRequest = z.infer<typeof zSignUpRequest>;
