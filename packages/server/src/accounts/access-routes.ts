import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { siteIdentity } from '../http/site-identity.ts';
import { pageLanguage } from '../web/context.ts';
import {
  zChangeEmailRequest,
  zChangePasswordRequest,
  zEmailRequest,
  zMailAccepted,
  zResetPasswordRequest,
  zSignUpRequest,
  zTokenRequest,
  zVerifiedEmail,
} from './access-schema.ts';
import {
  changePassword,
  confirmEmailChange,
  requestEmailChange,
  requestPasswordReset,
  resetPassword,
  signUp,
  verifyEmail,
} from './access-service.ts';
import { requireUser, SESSION_COOKIE } from './auth.ts';
import { limitAttempts } from './sign-in-limit.ts';

const tags = ['accounts'];

/** What the API answers once an e-mail may be on its way; it never says whether the address has an account. */
export const MAIL_ACCEPTED = {
  signUp:
    'If this address can be used, a message with a confirmation link is on its way to it. Open the link to finish signing up.',
  forgot: 'If this address has an account, a message with a password reset link is on its way to it.',
  changeEmail:
    'A message with a confirmation link is on its way to the new address. Your address changes when you open it.',
} as const;

/** Signing up with e-mail confirmation, forgotten passwords, and changing one's address or password. */
export function accessRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/auth/sign-up',
      {
        schema: {
          operationId: 'signUp',
          tags,
          summary: 'Sign up as a reader; the account signs in once its address is confirmed by the e-mailed link',
          security: SECURITY.none,
          errors: [429],
          body: zSignUpRequest,
          response: { 202: zMailAccepted },
        },
      },
      async (req, reply) => {
        await limitAttempts(ctx.db, 'sign-up', req.ip, req.body.email, ctx.config.signInLimitPerMinute);
        await signUp(ctx, siteIdentity(ctx.config, req), req.body, pageLanguage(req));
        return reply.status(202).send({ message: MAIL_ACCEPTED.signUp });
      },
    );

    app.post(
      '/auth/verify-email',
      {
        schema: {
          operationId: 'verifyEmail',
          tags,
          summary: 'Confirm an address with the secret from the e-mailed link (works once, expires)',
          security: SECURITY.none,
          errors: [404, 410],
          body: zTokenRequest,
          response: { 200: zVerifiedEmail },
        },
      },
      async (req) => verifyEmail(ctx.db, req.body.token),
    );

    app.post(
      '/auth/password/forgot',
      {
        schema: {
          operationId: 'forgotPassword',
          tags,
          summary: 'E-mail a password reset link (the answer is the same whether the address has an account)',
          security: SECURITY.none,
          errors: [429],
          body: zEmailRequest,
          response: { 202: zMailAccepted },
        },
      },
      async (req, reply) => {
        await limitAttempts(ctx.db, 'password-reset', req.ip, req.body.email, ctx.config.signInLimitPerMinute);
        await requestPasswordReset(ctx, siteIdentity(ctx.config, req), req.body);
        return reply.status(202).send({ message: MAIL_ACCEPTED.forgot });
      },
    );

    app.post(
      '/auth/password/reset',
      {
        schema: {
          operationId: 'resetPassword',
          tags,
          summary:
            "Set a new password with the reset link's secret (works once, expires); every session of the account ends",
          security: SECURITY.none,
          errors: [404, 410],
          body: zResetPasswordRequest,
          response: { 204: z.null().describe('The password is changed; sign in with it') },
        },
      },
      async (req, reply) => {
        await resetPassword(ctx, siteIdentity(ctx.config, req), req.body);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/account/password',
      {
        schema: {
          operationId: 'changePassword',
          tags,
          summary: "Change the signed-in user's password (the current one is needed); their other sessions end",
          security: SECURITY.required,
          body: zChangePasswordRequest,
          response: { 204: z.null().describe('The password is changed') },
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        const session = req.credential?.kind === 'session' ? (req.cookies[SESSION_COOKIE] ?? null) : null;
        await changePassword(ctx, siteIdentity(ctx.config, req), user, req.body, session);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/account/email',
      {
        schema: {
          operationId: 'changeEmail',
          tags,
          summary: "Move the signed-in user's account to a new address, once confirmed by the link e-mailed to it",
          security: SECURITY.required,
          body: zChangeEmailRequest,
          response: { 202: zMailAccepted },
        },
      },
      async (req, reply) => {
        await requestEmailChange(ctx, siteIdentity(ctx.config, req), requireUser(req), req.body);
        return reply.status(202).send({ message: MAIL_ACCEPTED.changeEmail });
      },
    );

    app.post(
      '/account/email/confirm',
      {
        schema: {
          operationId: 'confirmEmailChange',
          tags,
          summary:
            'Confirm a new address with the secret from the e-mailed link (works once, expires); the old address is told',
          security: SECURITY.none,
          errors: [404, 409, 410],
          body: zTokenRequest,
          response: { 200: zVerifiedEmail },
        },
      },
      async (req) => confirmEmailChange(ctx, siteIdentity(ctx.config, req), req.body.token),
    );
  };
}
